using System.Globalization;
using System.Text.RegularExpressions;
using IncidentWorkflows.Incidents.Calendars;
using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Activities.Requester;

/// <summary>
/// How long a resolved ticket waits for its requester: "5 business days", "8 business hours", or working time as
/// <c>d.hh:mm:ss</c>. Measured on the ticket's business calendar: its SLA calendar when that has business hours, else the
/// configured business-hours calendar, so an S1 ticket (24×7 clocks) still waits five working days, not five nights.
/// </summary>
internal static partial class AutoCloseDelay
{
    public const string Default = "5 business days";

    public static DateTimeOffset DueAt(Ticket ticket, CalendarCatalog calendars, string? text, DateTimeOffset resolvedAt)
    {
        var calendar = CalendarOf(ticket, calendars);
        return calendar.Add(resolvedAt, Amount(string.IsNullOrWhiteSpace(text) ? Default : text, calendar));
    }

    public static TimeSpan Amount(string text, BusinessCalendar calendar)
    {
        var match = Phrase().Match(text);
        if (match.Success)
        {
            var count = double.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
            return match.Groups["unit"].Value.StartsWith("day", StringComparison.OrdinalIgnoreCase) ? calendar.WorkingDayLength * count : TimeSpan.FromHours(count);
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var amount) && amount > TimeSpan.Zero
            ? amount
            : throw new FormatException($"'{text}' is not a waiting time like \"5 business days\", \"8 business hours\" or \"2.00:00:00\".");
    }

    private static BusinessCalendar CalendarOf(Ticket ticket, CalendarCatalog calendars)
    {
        var own = calendars.Get(ticket.Sla.Targets.CalendarId);
        return own.Kind == CalendarKind.BusinessHours || !calendars.TryGet(CalendarCatalog.BusinessHoursId, out var business) ? own : business;
    }

    [GeneratedRegex(@"^\s*(?<count>\d+(\.\d+)?)\s+business\s+(?<unit>days?|hours?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();
}
