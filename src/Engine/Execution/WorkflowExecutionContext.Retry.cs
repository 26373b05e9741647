namespace IncidentWorkflows.Engine.Execution;

public sealed partial class WorkflowExecutionContext
{
    /// <summary>Puts faulted activities (deepest first) and pending ones back on the queue and clears the fault.</summary>
    internal void PrepareRetry()
    {
        Status = WorkflowStatus.Running;
        SubStatus = WorkflowSubStatus.Executing;
        var faultedLeaves = _contexts.Values
            .Where(c => c.Status == ActivityStatus.Faulted && !c.HasLiveChildren)
            .OrderBy(c => c.Id)
            .ToList();
        foreach (var context in _contexts.Values.Where(c => c.Status == ActivityStatus.Faulted))
            context.Status = ActivityStatus.Running;
        foreach (var leaf in faultedLeaves)
        {
            leaf.Status = ActivityStatus.Pending;
            leaf.State = null;
            _queue.Enqueue(leaf);
        }

        foreach (var pending in _contexts.Values.Where(c => c.Status == ActivityStatus.Pending && !faultedLeaves.Contains(c)).OrderBy(c => c.Id))
            _queue.Enqueue(pending);
    }
}
