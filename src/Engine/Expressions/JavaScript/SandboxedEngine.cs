using System.Globalization;
using Jint;

namespace IncidentWorkflows.Engine.Expressions.JavaScript;

/// <summary>
/// Creates the Jint engine for one evaluation. A fresh engine per evaluation is what isolates evaluations: scripts can
/// change built-in prototypes and globals, and nothing of that may reach the next workflow.
/// </summary>
internal static class SandboxedEngine
{
    public static Jint.Engine Create(JavaScriptOptions options, CancellationToken cancellationToken) => new(o =>
    {
        o.Strict(options.Strict);
        o.TimeoutInterval(options.TimeLimit);
        o.LimitMemory(options.MemoryLimitBytes);
        o.MaxStatements(options.MaxStatements);
        o.LimitRecursion(options.MaxRecursionDepth);
        o.MaxArraySize(options.MaxArraySize);
        // A backtracking regular expression runs inside one .NET call where no statement limit is checked.
        o.RegexTimeoutInterval(options.TimeLimit);
        // No eval/new Function: the globals a script needs are known from its text, and code built from strings is
        // a classic way around such analysis.
        o.DisableStringCompilation();
        // No CLR interop at all: nothing but our own native functions and plain values is ever handed to a script.
        o.Interop.Enabled = false;
        // Results must not depend on the server's locale or zone.
        o.Culture(CultureInfo.InvariantCulture);
        o.LocalTimeZone(TimeZoneInfo.Utc);
        if (cancellationToken.CanBeCanceled)
            o.CancellationToken(cancellationToken);
    });
}
