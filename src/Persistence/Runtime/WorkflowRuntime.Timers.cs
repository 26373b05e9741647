using System.Globalization;
using System.Text.Json;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>The journal event a timer firing writes (due time, fire time, lateness).</summary>
    public const string TimerFiredEvent = "TimerFired";

    /// <summary>
    /// Resumes a durable timer for the scheduler and journals the firing (<see cref="TimerFiredEvent"/>) in the same
    /// transaction, so the record exists exactly when the resume committed: a duplicate firing writes nothing.
    /// Lateness is measured from the row's due time, the truth, not from what the scheduler was told.
    /// Throws like <see cref="ResumeAsync"/>: <see cref="NotFoundException"/> when the row is gone (consumed),
    /// <see cref="ConflictException"/> when another caller consumed it meanwhile.
    /// </summary>
    public async Task<TimerFiring> ResumeTimerAsync(string bookmarkId, DateTimeOffset firedAt, CancellationToken cancellationToken)
    {
        BookmarkRecord bookmark;
        string? versionId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            bookmark = await db.Bookmarks.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookmarkId && b.ResumeAt != null, cancellationToken)
                ?? throw new NotFoundException("bookmark-not-found", $"Timer bookmark '{bookmarkId}' does not exist (never created, or already consumed).");
            versionId = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == bookmark.InstanceId).Select(i => i.DefinitionVersionId).FirstOrDefaultAsync(cancellationToken);
        }

        var dueAt = bookmark.ResumeAt!.Value;
        var lateness = firedAt - dueAt;
        await using var held = await locks.AcquireAsync(bookmark.InstanceId, cancellationToken);
        var result = await InTransactionAsync(async burst =>
        {
            if (JournalsTimers(versionId))
                burst.Db.Journal.Add(FiredEntry(bookmark, dueAt, firedAt, lateness));
            await ResumeInBurstAsync(burst, bookmark.InstanceId, bookmarkId, null, cancellationToken);
        }, cancellationToken);
        return new TimerFiring(result, bookmark.ActivityId, dueAt, firedAt, lateness);
    }

    /// <summary>A definition that asked for no journal (busy workflows) gets no firing records either.</summary>
    private bool JournalsTimers(string? versionId)
    {
        var level = versionId is null ? null : catalog.FindVersion(versionId)?.CustomProperties["journalLevel"]?.GetValue<string>();
        return !Enum.TryParse<JournalLevel>(level, true, out var parsed) || parsed != JournalLevel.None;
    }

    private static JournalRecord FiredEntry(BookmarkRecord bookmark, DateTimeOffset dueAt, DateTimeOffset firedAt, TimeSpan lateness) => new()
    {
        InstanceId = bookmark.InstanceId,
        ActivityId = bookmark.ActivityId,
        // The bookmark row does not keep the node path; top-level timers (the common case) have id = path.
        ActivityNodeId = bookmark.ActivityId,
        ActivityType = bookmark.Name,
        EventName = TimerFiredEvent,
        // The span from due to fired is the lateness, as an activity's span is its duration.
        StartedAt = dueAt,
        Timestamp = firedAt,
        PayloadJson = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["dueAt"] = dueAt.ToString("O", CultureInfo.InvariantCulture),
            ["firedAt"] = firedAt.ToString("O", CultureInfo.InvariantCulture),
            ["latenessMs"] = (long)lateness.TotalMilliseconds,
        }),
        Message = $"Timer fired {(long)lateness.TotalMilliseconds} ms after its due time.",
    };
}

/// <summary>What a timer firing did: the resumed instance and how late the firing was.</summary>
public sealed record TimerFiring(InstanceResult Instance, string ActivityId, DateTimeOffset DueAt, DateTimeOffset FiredAt, TimeSpan Lateness);
