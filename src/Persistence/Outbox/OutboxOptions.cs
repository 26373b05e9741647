namespace IncidentWorkflows.Persistence.Outbox;

/// <summary>The <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>After this many failed deliveries a message is dead-lettered (kept, visible, no longer retried).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>First retry delay; doubles with each failure up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the dispatcher looks for due messages when nobody signals new ones.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 50;

    public TimeSpan BackoffAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(InitialBackoff.Ticks * factor, MaxBackoff.Ticks));
        return delay < TimeSpan.Zero ? MaxBackoff : delay;
    }
}
