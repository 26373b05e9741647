using IncidentWorkflows.Incidents.Calendars;

namespace IncidentWorkflows.Incidents.Sla;

public sealed partial class SlaClockSet
{
    /// <summary>Reads every active (not retired) clock at <paramref name="now"/>.</summary>
    public IReadOnlyList<SlaClockReading> Read(CalendarCatalog calendars, DateTimeOffset now) =>
        [.. clocks.Where(clock => !clock.IsRetired).Select(clock => clock.Read(calendars.Get(clock.CalendarId), now))];

    /// <summary>The earliest moment a warning or breach is still to be recorded; what the SLA timer should be set to.</summary>
    public DateTimeOffset? NextDeadline(CalendarCatalog calendars) =>
        clocks
            .Select(clock => clock.NextDeadline(calendars.Get(clock.CalendarId)))
            .Where(deadline => deadline is not null)
            .Min();

    /// <summary>Records every warning and breach that is due and not yet recorded; idempotent.</summary>
    internal SlaEvaluation Evaluate(CalendarCatalog calendars, DateTimeOffset now)
    {
        var breaches = new List<SlaBreach>();
        var warnings = new List<SlaWarning>();
        foreach (var clock in clocks)
        {
            var calendar = calendars.Get(clock.CalendarId);
            if (clock.RecordBreachIfDue(calendar, now) is { } breach)
            {
                breaches.Add(breach);
            }
            else if (clock.RecordWarningIfDue(calendar, now) is { } warning)
            {
                warnings.Add(warning);
            }
        }

        return breaches.Count == 0 && warnings.Count == 0 ? SlaEvaluation.Nothing : new SlaEvaluation(warnings, breaches);
    }
}
