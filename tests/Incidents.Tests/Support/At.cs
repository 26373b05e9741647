namespace IncidentWorkflows.Incidents.Tests.Support;

/// <summary>Explicit instants: wall-clock time in Amsterdam with its offset spelled out, or UTC.</summary>
internal static class At
{
    /// <summary>Winter time in Amsterdam (CET, UTC+1).</summary>
    public static DateTimeOffset Cet(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(1));

    /// <summary>Summer time in Amsterdam (CEST, UTC+2).</summary>
    public static DateTimeOffset Cest(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(2));

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
