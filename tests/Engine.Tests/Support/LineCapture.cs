using System.Text;

namespace IncidentWorkflows.Engine.Tests.Support;

/// <summary>Records each WriteLine call as one line, so empty lines (null text) are kept exactly.</summary>
public sealed class LineCapture : TextWriter
{
    private readonly List<string> _lines = [];
    private readonly Lock _lock = new();

    public override Encoding Encoding => Encoding.UTF8;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lock)
                return [.. _lines];
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_lock)
            _lines.Add(value ?? "");
    }

    public override void Write(char value) => throw new NotSupportedException("Workflows write whole lines.");
}
