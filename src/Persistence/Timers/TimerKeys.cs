using Quartz;

namespace IncidentWorkflows.Persistence.Timers;

/// <summary>
/// Quartz identities. A timer bookmark has one job and one trigger, both named by the bookmark id, so scheduling,
/// unscheduling and reconciliation need nothing but the id. Recurring triggers live in a group of their own.
/// </summary>
public static class TimerKeys
{
    public const string BookmarkGroup = "bookmark-timers";
    public const string RecurringGroup = "recurring-triggers";
    // Job data for people reading Quartz's tables or a dashboard; the firing itself trusts only the bookmark row.
    public const string InstanceIdKey = "instanceId";
    public const string DueAtKey = "dueAt";

    public static JobKey BookmarkJob(string bookmarkId) => new(bookmarkId, BookmarkGroup);

    public static TriggerKey BookmarkTrigger(string bookmarkId) => new(bookmarkId, BookmarkGroup);

    /// <summary>States in which a trigger will still fire; any other state means the timer must be scheduled again.</summary>
    public static bool WillFire(TriggerState state) => state is TriggerState.Normal or TriggerState.Blocked or TriggerState.Executing or TriggerState.Awaiting or TriggerState.Paused;
}
