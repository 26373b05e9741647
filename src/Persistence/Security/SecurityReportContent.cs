namespace IncidentWorkflows.Persistence.Security;

/// <summary>
/// The template fields of the Security Incident Report (process.md §1). As a change, a null field is left as it is.
/// Category is one of process.md §7's, confirmation one of <c>SecurityConfirmation</c>, TLP a TLP 2.0 label.
/// </summary>
public sealed record SecurityReportContent
{
    public string? Summary { get; init; }
    public string? Detection { get; init; }
    public string? ArtifactsAndIndicators { get; init; }
    public string? AffectedSystemsAndUsers { get; init; }
    public string? ImpactAssessment { get; init; }
    public string? TimelineOfEvents { get; init; }
    public string? Category { get; init; }
    public string? Confirmation { get; init; }
    public string? Severity { get; init; }
    public string? Tlp { get; init; }
    public string? ContainmentAndEradication { get; init; }
    public string? RootCause { get; init; }
    public string? LessonsLearned { get; init; }
    public string? Recommendations { get; init; }

    /// <summary>Field names in template order, as the API and the Markdown export name them.</summary>
    public static readonly string[] FieldNames =
    [
        "summary", "detection", "artifactsAndIndicators", "affectedSystemsAndUsers", "impactAssessment", "timelineOfEvents",
        "category", "confirmation", "severity", "tlp", "containmentAndEradication", "rootCause", "lessonsLearned", "recommendations",
    ];

    public IEnumerable<(string Name, string? Value)> Fields() =>
    [
        ("summary", Summary), ("detection", Detection), ("artifactsAndIndicators", ArtifactsAndIndicators),
        ("affectedSystemsAndUsers", AffectedSystemsAndUsers), ("impactAssessment", ImpactAssessment), ("timelineOfEvents", TimelineOfEvents),
        ("category", Category), ("confirmation", Confirmation), ("severity", Severity), ("tlp", Tlp),
        ("containmentAndEradication", ContainmentAndEradication), ("rootCause", RootCause), ("lessonsLearned", LessonsLearned),
        ("recommendations", Recommendations),
    ];
}
