using IncidentWorkflows.Incidents.Tickets;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Tickets;

/// <summary>
/// Serializes changes to one ticket. The first statement of a change bumps the ticket's version: on PostgreSQL that row
/// lock holds until commit, so a second request waits and then reads the first one's result; on SQLite the write makes
/// the transaction the single writer. Either way every rule is checked against the latest state, and two requests
/// cannot both append timeline entry 12.
/// </summary>
internal static class TicketLocks
{
    /// <summary>False when no such ticket exists.</summary>
    public static async Task<bool> LockAsync(WorkflowDbContext db, TicketNumber number, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A ticket is locked inside the transaction that changes it.");
        var kind = number.Kind.ToString();
        var sequence = number.Sequence;
        var rows = await db.Database.ExecuteSqlAsync(
            $"""UPDATE "tickets" SET "Version" = "Version" + 1 WHERE "Kind" = {kind} AND "Number" = {sequence}""", cancellationToken);
        return rows == 1;
    }
}
