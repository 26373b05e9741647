using IncidentWorkflows.Incidents.Calendars;

namespace IncidentWorkflows.Persistence.ProcessConfiguration.Documents;

/// <summary>
/// When SLA time runs: <c>AlwaysOpen</c> (24×7) or <c>BusinessHours</c>: working periods ("08:00:00"–"18:00:00") on
/// working days that are not holidays, in an IANA time zone.
/// </summary>
public sealed record CalendarDocument(
    string Id,
    string? Name,
    CalendarKind Kind,
    string? TimeZone = null,
    IReadOnlyList<DayOfWeek>? WorkingDays = null,
    IReadOnlyList<WorkingPeriodDocument>? Periods = null,
    IReadOnlyList<DateOnly>? Holidays = null)
{
    public static CalendarDocument From(BusinessCalendar calendar) => new(
        calendar.Id,
        calendar.Name,
        calendar.Kind,
        calendar.TimeZoneId,
        calendar.WorkingDays,
        [.. calendar.Periods.Select(period => new WorkingPeriodDocument(period.From, period.To))],
        calendar.Holidays);

    public BusinessCalendar ToDomain() => new()
    {
        Id = Id,
        Name = string.IsNullOrWhiteSpace(Name) ? Id : Name,
        Kind = Kind,
        TimeZoneId = string.IsNullOrWhiteSpace(TimeZone) ? "UTC" : TimeZone,
        WorkingDays = [.. WorkingDays ?? []],
        Periods = [.. (Periods ?? []).Select(period => new WorkingPeriod(period.From, period.To))],
        Holidays = [.. Holidays ?? []],
    };
}

public sealed record WorkingPeriodDocument(TimeSpan From, TimeSpan To);
