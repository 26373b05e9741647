using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Outbox;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Activities.Signals;

/// <summary>
/// Delivers <see cref="TicketChangedSignal"/>: resumes every bookmark waiting for changes of that ticket, with the
/// ticket and what changed as input. No waiting workflow is fine. A signal from inside a burst skips the bookmarks of
/// the activity that made the change, so an activity never wakes itself in a loop.
/// </summary>
public sealed class TicketChangedHandler(WorkflowRuntime runtime, IDbContextFactory<WorkflowDbContext> contexts) : IOutboxHandler
{
    public string Kind => TicketChangedSignal.MessageKind;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var signal = TicketChangedSignal.Parse(message.PayloadJson);
        var payload = TicketChangedSignal.BookmarkPayload(signal.Ticket);
        var input = new Dictionary<string, object?> { [TicketChangedSignal.TicketKey] = signal.Ticket, [TicketChangedSignal.ChangeKey] = signal.Change };
        if (signal.OriginInstanceId is null)
        {
            await runtime.ResumeByStimulusAsync(TicketChangedSignal.StimulusName, payload, correlationId: null, input, cancellationToken);
            return;
        }

        foreach (var bookmarkId in await OthersWaitingAsync(signal, BookmarkHasher.Hash(TicketChangedSignal.StimulusName, payload), cancellationToken))
        {
            try
            {
                await runtime.ResumeAsync(bookmarkId, input, cancellationToken);
            }
            catch (RuntimeException e) when (e is NotFoundException or ConflictException)
            {
                // Consumed by a concurrent wake between the lookup and the resume: that wake saw this change too.
            }
        }
    }

    private async Task<List<string>> OthersWaitingAsync(TicketChangedSignal signal, string hash, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Bookmarks.AsNoTracking()
            .Where(b => b.Hash == hash && !(b.InstanceId == signal.OriginInstanceId && b.ActivityId == signal.OriginActivityId))
            .OrderBy(b => b.CreatedAt)
            .Select(b => b.Id)
            .ToListAsync(cancellationToken);
    }
}
