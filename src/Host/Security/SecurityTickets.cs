using IncidentWorkflows.Host.Tickets;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Security;

/// <summary>The security ticket a security path names, in canonical form; 404 for no ticket, 409 for a ticket that is not a security one.</summary>
internal static class SecurityTickets
{
    public static async Task<string> RequireAsync(WorkflowDbContext db, string number, CancellationToken cancellationToken)
    {
        var parsed = TicketRoute.Parse(number);
        var isSecurity = await db.Tickets.AsNoTracking().Where(t => t.Kind == parsed.Kind && t.Number == parsed.Sequence)
            .Select(t => (bool?)t.IsSecurity).SingleOrDefaultAsync(cancellationToken);
        return isSecurity switch
        {
            null => throw new NotFoundException(TicketRules.TicketNotFound, $"There is no ticket {parsed}."),
            false => throw new ConflictException(SecurityProblems.NotSecurityTicket, $"{parsed} is not a security ticket; only security tickets have a Security Incident Report."),
            true => parsed.ToString(),
        };
    }
}
