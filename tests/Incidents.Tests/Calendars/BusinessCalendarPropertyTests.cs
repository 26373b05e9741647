using IncidentWorkflows.Incidents.Calendars;
using IncidentWorkflows.Incidents.Tests.Support;

namespace IncidentWorkflows.Incidents.Tests.Calendars;

/// <summary>
/// Laws that must hold for any start and amount, checked on a fixed pseudo-random sample spanning 2024–2026
/// (so every DST change of those years, weekends and holidays are crossed).
/// </summary>
public class BusinessCalendarPropertyTests
{
    private const int Samples = 400;

    public static TheoryData<string> Calendars => new() { "office", "split-with-holidays", "all-day", "night", "24x7" };

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Between_AfterAdd_GivesBackTheAmount(string name)
    {
        var calendar = Create(name);
        foreach (var (start, amount) in Sample(seed: 1))
        {
            Assert.Equal(amount, calendar.Between(start, calendar.Add(start, amount)));
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Add_InTwoSteps_EqualsAddingTheSum(string name)
    {
        var calendar = Create(name);
        foreach (var (start, amount) in Sample(seed: 2))
        {
            var first = TimeSpan.FromSeconds(Math.Floor(amount.TotalSeconds / 3));
            var rest = amount - first;
            Assert.Equal(calendar.Add(start, amount), calendar.Add(calendar.Add(start, first), rest));
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Between_IsAdditiveOverAMiddleInstant(string name)
    {
        var calendar = Create(name);
        var random = new Random(3);
        foreach (var (start, amount) in Sample(seed: 4))
        {
            var end = start + amount * 3;
            var middle = start + (end - start) * random.NextDouble();
            Assert.Equal(calendar.Between(start, end), calendar.Between(start, middle) + calendar.Between(middle, end));
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Add_ResultIsNeverBeforeStartAndGrowsWithTheAmount(string name)
    {
        var calendar = Create(name);
        foreach (var (start, amount) in Sample(seed: 5))
        {
            var due = calendar.Add(start, amount);
            Assert.True(due >= start + (calendar.Kind == CalendarKind.AlwaysOpen ? amount : TimeSpan.Zero));
            Assert.True(calendar.Add(start, amount + TimeSpan.FromSeconds(1)) > due);
        }
    }

    private static IEnumerable<(DateTimeOffset Start, TimeSpan Amount)> Sample(int seed)
    {
        var random = new Random(seed);
        var origin = At.Utc(2024, 1, 1, 0);
        for (var i = 0; i < Samples; i++)
        {
            var start = origin.AddSeconds(random.NextInt64(0, 3L * 366 * 24 * 3600));
            var amount = TimeSpan.FromSeconds(random.NextInt64(1, 20L * 10 * 3600));
            yield return (start, amount);
        }
    }

    private static BusinessCalendar Create(string name) => name switch
    {
        "office" => TestCalendars.OfficeHours(),
        "split-with-holidays" => BusinessCalendar.BusinessHours(
            name,
            TestCalendars.Amsterdam,
            TestCalendars.Weekdays,
            [WorkingPeriod.Hours(8, 12), new WorkingPeriod(TimeSpan.FromHours(12.5), TimeSpan.FromHours(17.75))],
            [new DateOnly(2024, 12, 25), new DateOnly(2025, 4, 28), new DateOnly(2025, 12, 25), new DateOnly(2026, 1, 1)]),
        "all-day" => TestCalendars.EveryDayHours(0, 24),
        "night" => TestCalendars.EveryDayHours(1, 4),
        _ => BusinessCalendar.AlwaysOpen(name),
    };
}
