using IncidentWorkflows.Incidents.Calendars;
using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Sla;

/// <summary>
/// The default policy of process.md §4. Business-day targets are converted to working time with the length of the
/// business calendar's working day (10 h for the default 08:00–18:00), so "3 business days" is 30 working hours.
/// </summary>
public static class DefaultSlaPolicies
{
    public static IReadOnlyList<SlaPolicy> Create(TimeSpan businessDay) =>
    [
        Policy("default-s1", Severity.S1, new SlaTargets
        {
            Acknowledge = TimeSpan.FromMinutes(5),
            Response = TimeSpan.FromMinutes(15),
            Resolution = TimeSpan.FromHours(4),
            CalendarId = CalendarCatalog.TwentyFourSevenId,
        }),
        Policy("default-s2", Severity.S2, new SlaTargets
        {
            Response = TimeSpan.FromMinutes(30),
            Resolution = TimeSpan.FromHours(8),
            CalendarId = CalendarCatalog.TwentyFourSevenId,
        }),
        Policy("default-s3", Severity.S3, new SlaTargets
        {
            Response = TimeSpan.FromHours(4),
            Resolution = businessDay * 3,
            CalendarId = CalendarCatalog.BusinessHoursId,
        }),
        Policy("default-s4", Severity.S4, new SlaTargets
        {
            Response = businessDay,
            Resolution = businessDay * 10,
            CalendarId = CalendarCatalog.BusinessHoursId,
        }),
    ];

    private static SlaPolicy Policy(string id, Severity severity, SlaTargets targets) =>
        new(id, $"Default {severity}", new SlaPolicyScope { Severity = severity }, targets);
}
