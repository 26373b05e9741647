namespace IncidentWorkflows.Persistence.Security;

/// <summary>A typed indicator of compromise of a security ticket (an IP, a hash, a user name), with what enrichers said about it.</summary>
public sealed class ArtifactRecord
{
    public string Id { get; set; } = "";
    public string TicketNumber { get; set; } = "";

    /// <summary>An <c>IndicatorKind</c> name.</summary>
    public string Kind { get; set; } = "";

    public string Value { get; set; } = "";

    /// <summary>The worst verdict any enricher gave: Unknown, Known (an inventory asset), Allowed, Suspicious, Malicious.</summary>
    public string Verdict { get; set; } = "Unknown";

    /// <summary>Every enricher's finding as JSON (<c>[{"enricher":…,"verdict":…,"detail":…}]</c>).</summary>
    public string EnrichmentJson { get; set; } = "[]";

    public string AddedBy { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }
}
