namespace IncidentWorkflows.Persistence.Security;

/// <summary>
/// One containment call (lock an account, isolate an endpoint, reset credentials, block an IP) for a security ticket:
/// requested by a workflow in its burst, carried out by a connector from the outbox, with its result. A lockdown the
/// action opened stays open until someone ends it explicitly.
/// </summary>
public sealed class ContainmentActionRecord
{
    public string Id { get; set; } = "";
    public string TicketNumber { get; set; } = "";

    /// <summary>lock-account, isolate-endpoint, reset-credentials or block-ip.</summary>
    public string Action { get; set; } = "";

    public string Target { get; set; } = "";
    public string Connector { get; set; } = "";
    public string Tlp { get; set; } = "TLP:RED";

    /// <summary>Requested, Succeeded or Failed.</summary>
    public string Status { get; set; } = ContainmentStatuses.Requested;

    public string? Result { get; set; }
    public int Attempts { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? InstanceId { get; set; }

    /// <summary>True while the lockdown the action put in place is in force.</summary>
    public bool LockdownOpen { get; set; }

    public DateTimeOffset? LockdownEndedAt { get; set; }
    public string? LockdownEndedBy { get; set; }
}

public static class ContainmentStatuses
{
    public const string Requested = "Requested";
    public const string Succeeded = "Succeeded";
    public const string Failed = "Failed";
}
