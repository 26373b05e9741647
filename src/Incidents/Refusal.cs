namespace IncidentWorkflows.Incidents;

/// <summary>
/// Why a command was not carried out: a stable rule id (see <see cref="RuleIds"/>), which the API turns into a
/// ProblemDetails type, and a sentence a person can act on.
/// </summary>
public sealed record Refusal(string RuleId, string Message)
{
    public override string ToString() => $"[{RuleId}] {Message}";
}
