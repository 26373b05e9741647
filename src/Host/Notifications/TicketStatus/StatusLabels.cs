namespace IncidentWorkflows.Host.Notifications.TicketStatus;

/// <summary>Status names as a requester reads them (<c>InProgress</c> → <c>In progress</c>).</summary>
public static class StatusLabels
{
    public static string For(string? status) => status switch
    {
        null or "" => "",
        "InProgress" => "In progress",
        _ => status,
    };
}
