using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Timers;

[Activity("Elsa.Delay", "Scheduling", "Waits for the given time span.", Kind = ActivityKind.Blocking)]
public sealed class Delay : TimerActivity
{
    [Input(Description = "How long to wait (hh:mm:ss).", IsRequired = true)]
    public Input<TimeSpan> TimeSpan { get; set; } = new();

    protected override DateTimeOffset DueAt(ActivityExecutionContext context, DateTimeOffset now) => now + context.Get(TimeSpan);
}
