using System.Security.Claims;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Security.Containment;

/// <summary>A ticket's containment actions with their results, and ending a lockdown explicitly.</summary>
internal static class ContainmentHandlers
{
    public static async Task<Ok<List<ContainmentActionRecord>>> ListAsync(string number, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ticket = await SecurityTickets.RequireAsync(db, number, cancellationToken);
        return TypedResults.Ok(await db.ContainmentActions.AsNoTracking().Where(a => a.TicketNumber == ticket)
            .OrderBy(a => a.RequestedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken));
    }

    public static async Task<Ok<ContainmentActionRecord>> EndLockdownAsync(
        string number, string id, ClaimsPrincipal user, IDbContextFactory<WorkflowDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ticket = await SecurityTickets.RequireAsync(db, number, cancellationToken);
        var action = await db.ContainmentActions.SingleOrDefaultAsync(a => a.Id == id && a.TicketNumber == ticket, cancellationToken)
            ?? throw new NotFoundException(SecurityProblems.ContainmentNotFound, $"{ticket} has no containment action '{id}'.");
        if (!action.LockdownOpen)
            throw new ConflictException(SecurityProblems.LockdownNotOpen, $"Action '{id}' has no open lockdown.");
        action.LockdownOpen = false;
        action.LockdownEndedAt = time.GetUtcNow();
        action.LockdownEndedBy = user.Identity?.Name ?? "unknown";
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(action);
    }
}
