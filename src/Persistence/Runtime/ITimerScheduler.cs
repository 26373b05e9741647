namespace IncidentWorkflows.Persistence.Runtime;

/// <summary>
/// Schedules the firing of durable timer bookmarks. The bookmark row (with its due time) is the truth and commits
/// with the burst; the scheduler is told only after commit, and reconciled against the rows at start.
/// </summary>
public interface ITimerScheduler
{
    ValueTask ScheduleAsync(string bookmarkId, string instanceId, DateTimeOffset dueAt, CancellationToken cancellationToken);
    ValueTask UnscheduleAsync(string bookmarkId, CancellationToken cancellationToken);
}

/// <summary>For tools and tests that fire timers themselves.</summary>
public sealed class NoTimerScheduler : ITimerScheduler
{
    public ValueTask ScheduleAsync(string bookmarkId, string instanceId, DateTimeOffset dueAt, CancellationToken cancellationToken) => default;

    public ValueTask UnscheduleAsync(string bookmarkId, CancellationToken cancellationToken) => default;
}
