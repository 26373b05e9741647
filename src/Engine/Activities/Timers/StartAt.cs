using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Timers;

[Activity("Elsa.StartAt", "Scheduling", "Fires at a given moment: starts the workflow as a trigger, or waits until then.", Kind = ActivityKind.Trigger)]
public sealed class StartAt : TimerActivity
{
    [Input(Description = "The moment to fire (ISO 8601).", IsRequired = true)]
    public Input<DateTimeOffset> DateTime { get; set; } = new();

    protected override DateTimeOffset DueAt(ActivityExecutionContext context, DateTimeOffset now)
    {
        var at = context.Get(DateTime);
        return at < now ? now : at;
    }
}
