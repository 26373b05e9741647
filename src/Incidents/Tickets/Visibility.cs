namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>Whether the requester may see a comment or timeline entry (process.md §1: internal notes are hidden).</summary>
public enum Visibility
{
    Internal,
    Public,
}
