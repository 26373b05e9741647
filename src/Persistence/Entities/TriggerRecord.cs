namespace IncidentWorkflows.Persistence.Entities;

/// <summary>
/// A way a published definition can be started from outside: an HTTP endpoint, an event name, a timer.
/// Rebuilt whenever the published version of a definition changes.
/// </summary>
public sealed class TriggerRecord
{
    public long Id { get; set; }
    public string DefinitionId { get; set; } = "";
    public string DefinitionVersionId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";
    public string? PayloadJson { get; set; }
}
