namespace IncidentWorkflows.Engine.Execution;

public sealed partial class ActivityExecutionContext
{
    /// <summary>
    /// True once, when this activity is the trigger that started the instance: a trigger that fired must not
    /// wait for its own stimulus again.
    /// </summary>
    public bool ConsumeTrigger()
    {
        if (Workflow.TriggerActivityId is null || Workflow.TriggerActivityId != Activity.Id || Workflow.TriggerConsumed)
            return false;
        Workflow.TriggerConsumed = true;
        return true;
    }
}
