using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.ProcessConfiguration;

/// <summary>
/// A calendar stays while a ticket's clock runs on it: clocks keep the calendar id of the policy they started under
/// (a policy edit does not move running tickets silently), and their readings need the calendar for as long as the
/// ticket exists.
/// </summary>
internal static class CalendarUsage
{
    public static async Task CheckAsync(WorkflowDbContext db, string kind, DocumentSet changed, ConfigurationIssues issues, CancellationToken cancellationToken)
    {
        if (kind != ConfigurationKinds.Calendars)
            return;

        var kept = changed.Calendars.Select(calendar => calendar.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var stored = DocumentSet.From(await db.ConfigurationDocuments.AsNoTracking().ToListAsync(cancellationToken)).Calendars;
        foreach (var removed in stored.Select(calendar => calendar.Id).Where(id => !kept.Contains(id)))
        {
            // The clocks are a JSON column; the id appears in it exactly as the serializer writes it.
            var pattern = $"%\"calendarId\":\"{removed}\"%";
            var tickets = await db.Database
                .SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "tickets" WHERE "Sla" LIKE {pattern}""")
                .SingleAsync(cancellationToken);
            if (tickets > 0)
                issues.Add(ConfigurationKinds.Calendars, ConfigurationRules.CalendarInUse,
                    $"Calendar '{removed}' measures the SLA clocks of {tickets} ticket(s); it cannot be removed.");
        }
    }
}
