using System.Text.RegularExpressions;

namespace IncidentWorkflows.Host.Notifications.Templates;

/// <summary>The shipped notices (process.md §4–6). A template folder may add others under new names.</summary>
public static partial class NoticeNames
{
    public const string Acknowledgement = "acknowledgement";
    public const string StatusChanged = "status-changed";
    public const string InformationRequested = "information-requested";
    public const string ReadyForTesting = "ready-for-testing";
    public const string Resolved = "resolved";
    public const string AutoCloseNotice = "auto-close-notice";
    public const string EscalationNotice = "escalation-notice";
    public const string SlaWarning = "sla-warning";
    public const string SlaBreach = "sla-breach";

    public static IReadOnlyList<string> Shipped { get; } =
        [Acknowledgement, StatusChanged, InformationRequested, ReadyForTesting, Resolved, AutoCloseNotice, EscalationNotice, SlaWarning, SlaBreach];

    /// <summary>
    /// Names are plain words joined by dots or dashes (a leading underscore marks a shared include), so a name from a
    /// payload or an include tag can never reach outside the template folder.
    /// </summary>
    public static bool IsValid(string name) => name.Length <= 100 && NamePattern().IsMatch(name);

    [GeneratedRegex("^_?[a-z0-9]+([.-][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
