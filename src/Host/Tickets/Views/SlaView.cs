using IncidentWorkflows.Incidents.Calendars;
using IncidentWorkflows.Incidents.Sla;

namespace IncidentWorkflows.Host.Tickets.Views;

/// <summary>
/// The ticket's SLA clocks read at the moment of the request (elapsed and remaining working time, due and warning moments,
/// durations as <c>d.hh:mm:ss</c>), with every warning and breach ever recorded.
/// </summary>
public sealed record SlaView(
    string PolicyId,
    bool IsPaused,
    IReadOnlyList<SlaClockReading> Clocks,
    IReadOnlyList<SlaWarning> Warnings,
    IReadOnlyList<SlaBreach> Breaches)
{
    public static SlaView Of(SlaClockSet clocks, CalendarCatalog calendars, DateTimeOffset now) =>
        new(clocks.PolicyId, clocks.IsPaused, clocks.Read(calendars, now), [.. clocks.Warnings], [.. clocks.Breaches]);
}
