using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Timers;

/// <summary>As a trigger, starts the workflow at every interval; inside a flow, waits one interval.</summary>
[Activity("Elsa.Timer", "Scheduling", "Fires at a fixed interval: starts the workflow as a trigger, or waits one interval.", Kind = ActivityKind.Trigger)]
public sealed class Timer : TimerActivity
{
    [Input(Description = "The interval (hh:mm:ss).", IsRequired = true)]
    public Input<TimeSpan> Interval { get; set; } = new();

    /// <summary>The payload key of a published timer trigger: the interval in constant ("c") form.</summary>
    public const string IntervalKey = "interval";

    /// <summary>A constant interval makes this a published trigger the durable scheduler fires at each tick.</summary>
    public override IEnumerable<IReadOnlyDictionary<string, string>> TriggerPayloads()
    {
        if (Interval.Expression is Expressions.ConstantExpression { Value: System.TimeSpan interval })
            yield return new Dictionary<string, string> { [IntervalKey] = interval.ToString("c", System.Globalization.CultureInfo.InvariantCulture) };
    }

    protected override DateTimeOffset DueAt(ActivityExecutionContext context, DateTimeOffset now) => now + context.Get(Interval);
}
