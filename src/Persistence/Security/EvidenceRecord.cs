namespace IncidentWorkflows.Persistence.Security;

/// <summary>
/// An item of evidence (a disk image, a log export, a mail with headers) known by its SHA-256 content hash, so anyone
/// holding a copy can prove it is the one collected. Its custody trail is append-only.
/// </summary>
public sealed class EvidenceRecord
{
    public string Id { get; set; } = "";
    public string TicketNumber { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256 { get; set; } = "";

    public long? SizeBytes { get; set; }

    /// <summary>Where the item is kept (a locker, a storage path); the content itself is not stored here.</summary>
    public string? Location { get; set; }

    public string CollectedBy { get; set; } = "";
    public DateTimeOffset CollectedAt { get; set; }
    public List<CustodyEntry> Custody { get; set; } = [];
}

/// <summary>One hand-over or handling of an evidence item: who, when, what (collected, transferred, accessed, analyzed, returned, disposed).</summary>
public sealed class CustodyEntry
{
    public long Id { get; set; }
    public string EvidenceId { get; set; } = "";
    public int Sequence { get; set; }
    public string Action { get; set; } = "";
    public string By { get; set; } = "";
    public string? To { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Note { get; set; }
}
