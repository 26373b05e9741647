using IncidentWorkflows.Incidents.Calendars;
using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Tests.Support;

internal static class SlaReadings
{
    public static SlaClockReading Read(this Ticket ticket, SlaClockKind kind, DateTimeOffset now, CalendarCatalog? calendars = null)
    {
        var clock = kind switch
        {
            SlaClockKind.Acknowledge => ticket.Sla.Acknowledge!,
            SlaClockKind.Response => ticket.Sla.Response,
            SlaClockKind.Resolution => ticket.Sla.Resolution,
            _ => ticket.Sla.CurrentLevel!,
        };
        return clock.Read((calendars ?? TestCalendars.Catalog()).Get(clock.CalendarId), now);
    }
}
