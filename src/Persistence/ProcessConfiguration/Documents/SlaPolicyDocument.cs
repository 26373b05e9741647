using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Persistence.ProcessConfiguration.Documents;

/// <summary>
/// An SLA policy: the tickets it applies to (empty criteria match anything; the most specific policy wins) and its
/// targets in working time of its calendar, as <c>d.hh:mm:ss</c> durations ("04:00:00", "1.06:00:00" = 30 hours).
/// </summary>
public sealed record SlaPolicyDocument(string Id, string Name, SlaScopeDocument? AppliesTo, SlaTargetsDocument Targets)
{
    public static SlaPolicyDocument From(SlaPolicy policy) => new(
        policy.Id,
        policy.Name,
        SlaScopeDocument.From(policy.AppliesTo),
        SlaTargetsDocument.From(policy.Targets));

    public SlaPolicy ToDomain() => new(Id, Name, AppliesTo?.ToDomain() ?? SlaPolicyScope.Any, Targets.ToDomain());
}

public sealed record SlaScopeDocument(string? Category, string? Subcategory, string? Requester, Severity? Severity, Priority? Priority)
{
    public static SlaScopeDocument From(SlaPolicyScope scope) => new(scope.Category, scope.Subcategory, scope.Requester, scope.Severity, scope.Priority);

    public SlaPolicyScope ToDomain() => new()
    {
        Category = Blank(Category),
        Subcategory = Blank(Subcategory),
        Requester = Blank(Requester),
        Severity = Severity,
        Priority = Priority,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

public sealed record SlaTargetsDocument(
    TimeSpan Response,
    TimeSpan Resolution,
    string Calendar,
    TimeSpan? Acknowledge = null,
    double WarningRatio = 0.75,
    IReadOnlyList<LevelTargetDocument>? LevelTargets = null)
{
    public static SlaTargetsDocument From(SlaTargets targets) => new(
        targets.Response,
        targets.Resolution,
        targets.CalendarId,
        targets.Acknowledge,
        targets.WarningRatio,
        [.. targets.LevelTargets.Select(level => new LevelTargetDocument(level.Level, level.Target))]);

    public SlaTargets ToDomain() => new()
    {
        Response = Response,
        Resolution = Resolution,
        Acknowledge = Acknowledge,
        CalendarId = Calendar,
        WarningRatio = WarningRatio,
        LevelTargets = [.. (LevelTargets ?? []).Select(level => new LevelTarget(level.Level, level.Target))],
    };
}

public sealed record LevelTargetDocument(SupportLevel Level, TimeSpan Target);
