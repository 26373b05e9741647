namespace IncidentWorkflows.Incidents.Calendars;

public sealed partial class BusinessCalendar
{
    private TimeZoneInfo? zone;

    internal TimeZoneInfo Zone =>
        zone is not null && zone.Id == TimeZoneId ? zone : zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>Every problem that would make time arithmetic on this calendar wrong or endless; empty when usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Id))
        {
            problems.Add("A calendar needs an id.");
        }

        if (!IsKnownZone(TimeZoneId))
        {
            problems.Add($"Calendar '{Id}': time zone '{TimeZoneId}' is not a known IANA time zone id.");
        }

        if (Kind == CalendarKind.BusinessHours)
        {
            problems.AddRange(WorkingTimeProblems());
        }

        return problems;
    }

    private IEnumerable<string> WorkingTimeProblems()
    {
        if (WorkingDays.Count == 0)
        {
            yield return $"Calendar '{Id}': a business-hours calendar needs at least one working day.";
        }

        if (Periods.Count == 0)
        {
            yield return $"Calendar '{Id}': a business-hours calendar needs at least one working period.";
        }

        foreach (var period in Periods.Where(period => !period.IsValid))
        {
            yield return $"Calendar '{Id}': working period {period.From}–{period.To} must start before it ends, within 00:00–24:00.";
        }

        var ordered = Periods.OrderBy(period => period.From).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].From < ordered[i - 1].To)
            {
                yield return $"Calendar '{Id}': working periods {ordered[i - 1].From}–{ordered[i - 1].To} and {ordered[i].From}–{ordered[i].To} overlap.";
            }
        }
    }

    private void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }
    }

    private static bool IsKnownZone(string id)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return false;
        }
    }
}
