using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Persistence.Runtime;

/// <summary>
/// The work of one transaction: the instances it ran (a parent and the children it started) and what must happen
/// after commit (timers to schedule or drop, parents to wake).
/// </summary>
internal sealed class Burst(WorkflowDbContext db)
{
    public WorkflowDbContext Db { get; } = db;
    public List<(string BookmarkId, string InstanceId, DateTimeOffset DueAt)> TimersToSchedule { get; } = [];
    public List<string> TimersToDrop { get; } = [];

    /// <summary>Children that finished in this transaction; their waiting parents are resumed after commit.</summary>
    public List<WorkflowState> FinishedChildren { get; } = [];

    public List<InstanceResult> Results { get; } = [];

    /// <summary>Set when the burst queued outbox messages: the dispatcher is woken after commit.</summary>
    public bool WroteOutbox
    {
        get => _wroteOutbox || Services?.WroteOutbox == true;
        set => _wroteOutbox = value;
    }

    /// <summary>The services activities of this burst use (created with the first run options).</summary>
    public BurstServices? Services { get; set; }

    private bool _wroteOutbox;
}
