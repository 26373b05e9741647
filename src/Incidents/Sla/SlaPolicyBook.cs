using IncidentWorkflows.Incidents.Calendars;

namespace IncidentWorkflows.Incidents.Sla;

/// <summary>
/// The configured policies. Selection: among the policies whose scope matches, the one with most criteria wins; ties go
/// to the heavier criteria (<see cref="SlaPolicyScope.Weight"/>), then to the policy listed first.
/// </summary>
public sealed class SlaPolicyBook(IEnumerable<SlaPolicy> policies)
{
    private readonly SlaPolicy[] policies = [.. policies];

    public IReadOnlyList<SlaPolicy> Policies => policies;

    public static SlaPolicyBook Defaults(TimeSpan businessDay) => new(DefaultSlaPolicies.Create(businessDay));

    public SlaPolicy? Select(SlaSubject subject) =>
        policies
            .Where(policy => policy.AppliesTo.Matches(subject))
            .OrderByDescending(policy => policy.AppliesTo.Specificity)
            .ThenByDescending(policy => policy.AppliesTo.Weight)
            .FirstOrDefault();

    public IReadOnlyList<string> Validate(CalendarCatalog calendars)
    {
        var problems = new List<string>();
        foreach (var policy in policies)
        {
            problems.AddRange(policy.Targets.Problems().Select(problem => $"SLA policy '{policy.Id}': {problem}."));
            if (!calendars.TryGet(policy.Targets.CalendarId, out _))
            {
                problems.Add($"SLA policy '{policy.Id}': calendar '{policy.Targets.CalendarId}' is not configured.");
            }
        }

        problems.AddRange(policies.GroupBy(policy => policy.Id, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => $"SLA policy id '{group.Key}' is used {group.Count()} times."));
        return problems;
    }
}
