using Cronos;
using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Timers;

/// <summary>Fires on a cron schedule (five fields, or six with seconds first as in Elsa).</summary>
[Activity("Elsa.Cron", "Scheduling", "Fires on a cron schedule: starts the workflow as a trigger, or waits for the next occurrence.", Kind = ActivityKind.Trigger)]
public sealed class Cron : TimerActivity
{
    [Input(Description = "The cron expression, e.g. '0 0 * * * *' (seconds first) or '0 * * * *'.", IsRequired = true)]
    public Input<string> CronExpression { get; set; } = new();

    /// <summary>The payload key of a published cron trigger: the expression as written.</summary>
    public const string ExpressionKey = "cronExpression";

    /// <summary>A constant expression makes this a published trigger the durable scheduler fires at each occurrence.</summary>
    public override IEnumerable<IReadOnlyDictionary<string, string>> TriggerPayloads()
    {
        if (CronExpression.Expression is Expressions.ConstantExpression { Value: string expression })
            yield return new Dictionary<string, string> { [ExpressionKey] = expression };
    }

    /// <summary>
    /// Parses five-field expressions, else Elsa's seconds-first form; throws <see cref="CronFormatException"/> with the
    /// reason. Malformed text is read as seconds-first so the reason matches the one Elsa gives ("Seconds: ...").
    /// </summary>
    public static Cronos.CronExpression Parse(string expression)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return Cronos.CronExpression.Parse(expression, fields == 5 ? CronFormat.Standard : CronFormat.IncludeSeconds);
    }

    protected override DateTimeOffset DueAt(ActivityExecutionContext context, DateTimeOffset now)
    {
        var expression = context.Get(CronExpression) ?? throw new InvalidOperationException("Cron needs an expression.");
        return Parse(expression).GetNextOccurrence(now, TimeZoneInfo.Utc)
            ?? throw new InvalidOperationException($"Cron expression '{expression}' has no next occurrence.");
    }
}
