using System.Globalization;
using System.Text.Json;
using IncidentWorkflows.Engine.Activities.Timers;
using IncidentWorkflows.Persistence.Entities;

namespace IncidentWorkflows.Persistence.Timers;

/// <summary>
/// When a published <c>Elsa.Timer</c> (fixed interval) or <c>Elsa.Cron</c> trigger ticks. Cron is read by the engine's
/// own parser (<see cref="Cron.Parse"/>, Elsa's dialect, UTC) rather than Quartz's, whose fields and day numbers
/// differ: one cron dialect in the product, the one the validator checks.
/// </summary>
public sealed class RecurringSchedule
{
    private readonly TimeSpan? _interval;
    private readonly Cronos.CronExpression? _cron;

    private RecurringSchedule(string kind, string spec, TimeSpan? interval, Cronos.CronExpression? cron)
    {
        Kind = kind;
        Spec = spec;
        _interval = interval;
        _cron = cron;
    }

    /// <summary>The activity type: <c>Elsa.Timer</c> or <c>Elsa.Cron</c>.</summary>
    public string Kind { get; }

    /// <summary>The interval ("c" form) or the cron expression.</summary>
    public string Spec { get; }

    public static readonly IReadOnlyList<string> Kinds = ["Elsa.Timer", "Elsa.Cron"];

    /// <summary>Null when the trigger is not a recurring timer or its schedule cannot tick (zero interval, cron with no future).</summary>
    public static RecurringSchedule? From(TriggerRecord trigger)
    {
        var payload = trigger.PayloadJson is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(trigger.PayloadJson);
        return payload is null ? null : Parse(trigger.Name, trigger.Name == "Elsa.Timer" ? payload.GetValueOrDefault(Engine.Activities.Timers.Timer.IntervalKey) : payload.GetValueOrDefault(Cron.ExpressionKey));
    }

    public static RecurringSchedule? Parse(string kind, string? spec)
    {
        if (spec is null)
            return null;
        try
        {
            return kind switch
            {
                "Elsa.Timer" when TimeSpan.Parse(spec, CultureInfo.InvariantCulture) is var interval && interval > TimeSpan.Zero => new RecurringSchedule(kind, spec, interval, null),
                "Elsa.Cron" => new RecurringSchedule(kind, spec, null, Cron.Parse(spec)),
                _ => null,
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException or Cronos.CronFormatException)
        {
            return null;
        }
    }

    /// <summary>The first tick strictly after <paramref name="after"/>; null when a cron expression has none.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after) =>
        _interval is { } interval ? after + interval : _cron!.GetNextOccurrence(after, TimeZoneInfo.Utc);

    /// <summary>
    /// The tick after <paramref name="occurrence"/>, unless that is already past: then the next one after now. A
    /// trigger that missed ticks while the hosts were down fires once, late, and goes on from now instead of
    /// catching up with a burst of starts.
    /// </summary>
    public DateTimeOffset? NextAfter(DateTimeOffset occurrence, DateTimeOffset now) =>
        NextAfter(occurrence) is { } next && next > now ? next : NextAfter(now);
}
