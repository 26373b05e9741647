namespace IncidentWorkflows.Persistence.Tickets.Numbering;

/// <summary>The last number handed out for one ticket kind (INC, REQ, CHG each count on their own).</summary>
public sealed class TicketCounter
{
    public string Kind { get; set; } = "";

    public long LastNumber { get; set; }
}
