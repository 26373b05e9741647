using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Tickets;

/// <summary>
/// Ticket commands for the API: each runs a <see cref="TicketSession"/> in a transaction of its own and commits the
/// ticket, its new timeline entries and its notices together, or throws (ProblemDetails via <see cref="RefusalErrors"/>)
/// after rolling everything back, so a refused request never leaves half a change or a used number behind.
/// </summary>
public sealed class TicketService(IDbContextFactory<WorkflowDbContext> contexts, TimeProvider time, OutboxSignal outbox)
{
    public Task<Ticket> OpenAsync(TicketReport report, Actor by, CancellationToken cancellationToken) =>
        RunAsync(session => session.OpenAsync(report, by, cancellationToken), (refusal, session) => FieldOfIntake(refusal, report, session), cancellationToken);

    /// <param name="textField">The request field a <c>text-required</c> refusal points at (<c>text</c> unless told).</param>
    public Task<Ticket> ChangeAsync(TicketNumber number, Func<TicketChange, Outcome> command, CancellationToken cancellationToken, string? textField = null) =>
        RunAsync(session => session.ChangeAsync(number, command, cancellationToken), (refusal, _) => refusal.RuleId == RuleIds.TextRequired ? textField : null, cancellationToken);

    private async Task<Ticket> RunAsync(Func<TicketSession, Task<Outcome<Ticket>>> work, Func<Refusal, TicketSession, string?> fieldOf, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var session = new TicketSession(db, time);
        var outcome = await work(session);
        if (outcome.Refusal is { } refusal)
            throw RefusalErrors.ToException(refusal, fieldOf(refusal, session));

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (session.WroteOutbox)
            outbox.Notify();
        return outcome.Value!;
    }

    private static string? FieldOfIntake(Refusal refusal, TicketReport report, TicketSession session) => refusal.RuleId switch
    {
        RuleIds.TextRequired => string.IsNullOrWhiteSpace(report.Title) ? "title" : "requester",
        RuleIds.UnknownCategory when session.Process?.Categories.Find(report.Category) is not null => "subcategory",
        _ => null,
    };
}
