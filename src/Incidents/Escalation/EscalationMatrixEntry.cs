using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Escalation;

/// <summary>Who is informed for a category × severity at a support level; a null criterion matches any value.</summary>
public sealed record EscalationMatrixEntry(string? Category, Severity? Severity, SupportLevel? Level, IReadOnlyList<NotificationRecipient> Recipients)
{
    internal bool Matches(string category, Severity severity, SupportLevel? level) =>
        (Category is null || string.Equals(Category, category, StringComparison.OrdinalIgnoreCase))
        && (Severity is null || Severity == severity)
        && (Level is null || Level == level);

    internal int Specificity => (Category is null ? 0 : 1) + (Severity is null ? 0 : 1) + (Level is null ? 0 : 1);

    /// <summary>Ties between equally specific entries go to category, then severity, then level.</summary>
    internal int Weight => (Category is null ? 0 : 4) + (Severity is null ? 0 : 2) + (Level is null ? 0 : 1);
}
