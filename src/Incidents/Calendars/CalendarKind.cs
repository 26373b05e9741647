namespace IncidentWorkflows.Incidents.Calendars;

public enum CalendarKind
{
    /// <summary>Every second counts (24×7): weekends, nights and holidays included.</summary>
    AlwaysOpen,

    /// <summary>Only the working periods of working days that are not holidays count.</summary>
    BusinessHours,
}
