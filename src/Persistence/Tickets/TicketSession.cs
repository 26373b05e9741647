using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.ProcessConfiguration;
using IncidentWorkflows.Persistence.Tickets.Numbering;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Tickets;

/// <summary>
/// Ticket work staged on a caller's context, inside the caller's transaction: <see cref="TicketService"/> runs it in a
/// transaction per request, and a workflow activity can run it in its burst's transaction, so the ticket, its timeline
/// and its notices commit together with the workflow state. Nothing is saved here; a refused command stages nothing.
/// </summary>
public sealed class TicketSession(WorkflowDbContext db, TimeProvider time)
{
    /// <summary>True once a command staged outbox messages; the caller wakes the dispatcher after commit.</summary>
    public bool WroteOutbox { get; private set; }

    /// <summary>
    /// Whether a change stages a <see cref="TicketChangedSignal"/> to wake waiting workflows. Off inside a workflow burst
    /// (<see cref="Runtime.BurstServices"/>): there the activity that made the change sends the signal itself, naming
    /// itself as the origin, so it is never woken by its own change.
    /// </summary>
    public bool SignalsChanges { get; init; } = true;

    /// <summary>The configured process once a command has read it (each session reads it once).</summary>
    public ConfiguredProcess? Process { get; private set; }

    public async Task<ConfiguredProcess> ProcessAsync(CancellationToken cancellationToken) =>
        Process ??= await ProcessConfigurationStore.LoadAsync(db, cancellationToken);

    /// <summary>
    /// Logs a reported ticket: triage, routing and SLA policy by the configured process, then the next number of its kind.
    /// The report is checked before the number is taken, so a refused report uses up no number.
    /// </summary>
    public async Task<Outcome<Ticket>> OpenAsync(TicketReport report, Actor by, CancellationToken cancellationToken)
    {
        var intake = (await ProcessAsync(cancellationToken)).Intake;
        var at = time.GetUtcNow();
        if (intake.Open(report, 1, by, at).Refusal is { } refusal)
            return Outcome<Ticket>.Refused(refusal);

        var number = await TicketNumbers.NextAsync(db, report.Kind, cancellationToken);
        var ticket = intake.Open(report, number, by, at).Value!;
        db.Tickets.Add(ticket);
        await StageNoticesAsync(ticket, firstNewSequence: 1, at, cancellationToken);
        if (ticket.Kind == TicketKind.Incident)
        {
            // Only incidents run the lifecycle workflow (process.md §1); it starts after this commit.
            db.Outbox.Add(IncidentOpened.For(ticket, at));
            WroteOutbox = true;
        }

        return Outcome<Ticket>.Accepted(ticket);
    }

    /// <summary>
    /// Locks the ticket, loads it whole and runs <paramref name="command"/> on it. Accepted: the changes and a notice per
    /// status change are staged. Refused: nothing changed (the domain checks before it changes anything).
    /// </summary>
    public async Task<Outcome<Ticket>> ChangeAsync(TicketNumber number, Func<TicketChange, Outcome> command, CancellationToken cancellationToken)
    {
        if (!await TicketLocks.LockAsync(db, number, cancellationToken))
            return Outcome<Ticket>.Refused(TicketRules.NotFound(number));

        var ticket = await LoadAsync(db.Tickets, number, cancellationToken) ?? throw new InvalidOperationException($"Ticket {number} was locked but not found.");
        var firstNewSequence = ticket.Timeline.Count + 1;
        var at = time.GetUtcNow();
        var outcome = command(new TicketChange(ticket, await ProcessAsync(cancellationToken), at));
        if (!outcome.IsAccepted)
            return Outcome<Ticket>.Refused(outcome.Refusal!);

        await StageNoticesAsync(ticket, firstNewSequence, at, cancellationToken);
        if (SignalsChanges && TicketChangedSignal.For(ticket, firstNewSequence) is var (signal, key))
        {
            db.Outbox.Add(signal.ToMessage(key, at));
            WroteOutbox = true;
        }

        return Outcome<Ticket>.Accepted(ticket);
    }

    /// <summary>The ticket as this session's transaction sees it, without locking it; null when there is none.</summary>
    public Task<Ticket?> ReadAsync(TicketNumber number, CancellationToken cancellationToken) =>
        LoadAsync(db.Tickets, number, cancellationToken);

    /// <summary>The whole aggregate, children in their own order (the timeline by sequence), one query per collection.</summary>
    internal static Task<Ticket?> LoadAsync(IQueryable<Ticket> tickets, TicketNumber number, CancellationToken cancellationToken) =>
        tickets
            .Include(t => t.Timeline.OrderBy(entry => entry.Sequence))
            .Include(t => t.Tasks.OrderBy(task => task.CreatedAt).ThenBy(task => task.Id))
            .Include(t => t.Comments.OrderBy(comment => comment.At).ThenBy(comment => comment.Id))
            .AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Kind == number.Kind && t.Number == number.Sequence, cancellationToken);

    private async Task StageNoticesAsync(Ticket ticket, int firstNewSequence, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (!StatusChangeNotice.AnyFor(ticket, firstNewSequence))
            return;

        // The notice greets the requester by name when they have an account here.
        var email = ticket.RequesterId.ToUpperInvariant();
        var name = await db.Users.AsNoTracking().Where(user => user.NormalizedEmail == email).Select(user => user.DisplayName).FirstOrDefaultAsync(cancellationToken);
        foreach (var message in StatusChangeNotice.For(ticket, firstNewSequence, name, at))
            db.Outbox.Add(message);
        WroteOutbox = true;
    }
}
