using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Sla;

/// <summary>
/// Which tickets a policy applies to; an empty criterion matches anything. <see cref="Requester"/> matches the
/// requester's id or organization (contracts are usually per partner).
/// </summary>
public sealed record SlaPolicyScope
{
    public static SlaPolicyScope Any { get; } = new();

    public string? Category { get; init; }

    public string? Subcategory { get; init; }

    public string? Requester { get; init; }

    public Severity? Severity { get; init; }

    public Priority? Priority { get; init; }

    /// <summary>How many criteria are set: the first measure of "most specific".</summary>
    public int Specificity =>
        (Category is null ? 0 : 1) + (Subcategory is null ? 0 : 1) + (Requester is null ? 0 : 1) + (Severity is null ? 0 : 1) + (Priority is null ? 0 : 1);

    /// <summary>Breaks ties between equally specific scopes: requester, then category, subcategory, severity, priority.</summary>
    public int Weight =>
        (Requester is null ? 0 : 16) + (Category is null ? 0 : 8) + (Subcategory is null ? 0 : 4) + (Severity is null ? 0 : 2) + (Priority is null ? 0 : 1);

    public bool Matches(SlaSubject subject) =>
        Same(Category, subject.Category)
        && Same(Subcategory, subject.Subcategory)
        && (Requester is null || Same(Requester, subject.RequesterId) || Same(Requester, subject.RequesterOrganization))
        && (Severity is null || Severity == subject.Severity)
        && (Priority is null || Priority == subject.Priority);

    private static bool Same(string? criterion, string? value) =>
        criterion is null || string.Equals(criterion, value, StringComparison.OrdinalIgnoreCase);
}
