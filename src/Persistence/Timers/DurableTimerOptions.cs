namespace IncidentWorkflows.Persistence.Timers;

/// <summary>Settings of the durable timer scheduler (Quartz on the application's database).</summary>
public sealed class DurableTimerOptions
{
    /// <summary>
    /// Quartz's scheduler name. Every host of one cluster must use the same name (that is what makes them a
    /// cluster); tests that run several schedulers in one process give each its own.
    /// </summary>
    public string SchedulerName { get; set; } = "IncidentWorkflows";

    /// <summary>How many timer jobs run at once on this host.</summary>
    public int MaxConcurrency { get; set; } = 10;

    /// <summary>
    /// How often reconciliation runs again after the start. A scheduling call that failed after its burst committed
    /// (database hiccup) is repaired by the next pass instead of waiting for a restart.
    /// </summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Firings later than this are logged as warnings (they are journalled either way).</summary>
    public TimeSpan LateWarningThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many missing timers one reconciliation batch schedules in one Quartz transaction.</summary>
    public int ReconcileBatchSize { get; set; } = 500;
}
