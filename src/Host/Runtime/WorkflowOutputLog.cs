using System.Text;

namespace IncidentWorkflows.Host.Runtime;

/// <summary>Where <c>Elsa.WriteLine</c> goes in the host: one log event per line.</summary>
public sealed class WorkflowOutputLog(ILogger<WorkflowOutputLog> logger) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void WriteLine(string? value) => logger.LogInformation("WriteLine: {Text}", value);

    public override void Write(char value)
    {
        // Workflows write whole lines only; single characters are not expected here.
    }
}
