using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Timers;

/// <summary>As a trigger, starts the workflow at every interval; inside a flow, waits one interval.</summary>
[Activity("Elsa.Timer", "Scheduling", "Fires at a fixed interval: starts the workflow as a trigger, or waits one interval.", Kind = ActivityKind.Trigger)]
public sealed class Timer : TimerActivity
{
    [Input(Description = "The interval (hh:mm:ss).", IsRequired = true)]
    public Input<TimeSpan> Interval { get; set; } = new();

    protected override DateTimeOffset DueAt(ActivityExecutionContext context, DateTimeOffset now) => now + context.Get(Interval);
}
