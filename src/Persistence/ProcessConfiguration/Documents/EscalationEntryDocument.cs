using IncidentWorkflows.Incidents.Escalation;
using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Persistence.ProcessConfiguration.Documents;

/// <summary>
/// Who is informed for a category × severity at a support level (empty criteria match anything; the most specific entry
/// decides on its own). Recipients are users, groups, roles or e-mail addresses.
/// </summary>
public sealed record EscalationEntryDocument(string? Category, Severity? Severity, SupportLevel? Level, IReadOnlyList<NotificationRecipient> Recipients)
{
    public static EscalationEntryDocument From(EscalationMatrixEntry entry) => new(entry.Category, entry.Severity, entry.Level, entry.Recipients);

    public EscalationMatrixEntry ToDomain() =>
        new(string.IsNullOrWhiteSpace(Category) ? null : Category, Severity, Level, Recipients ?? []);
}
