using System.Security.Claims;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Host.Tickets;

/// <summary>
/// Who calls a ticket endpoint, as the domain sees them. Staff and integrations (monitoring is the operations side's own
/// tooling) act as staff and see whole tickets; a caller who is only a requester acts as the requester and sees only their
/// own tickets, through the requester view. The actor id is the user name (the e-mail address) or the API key's name,
/// so the timeline reads as people and systems, not as database ids.
/// </summary>
public sealed record TicketCaller(Actor Actor, bool IsStaffSide, bool IsIntegration)
{
    public static TicketCaller From(ClaimsPrincipal user)
    {
        var name = user.Identity?.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
        var staff = Roles.Staff.Any(user.IsInRole);
        var integration = !staff && user.IsInRole(Roles.Integration);
        var staffSide = staff || integration;
        return new TicketCaller(staffSide ? Actor.Staff(name) : Actor.Requester(name), staffSide, integration);
    }

    public bool IsRequesterOf(Ticket ticket) => string.Equals(ticket.RequesterId, Actor.Id, StringComparison.OrdinalIgnoreCase);

    public bool MaySee(Ticket ticket) => IsStaffSide || IsRequesterOf(ticket);
}
