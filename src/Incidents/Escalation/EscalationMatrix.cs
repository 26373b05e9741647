using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Escalation;

/// <summary>
/// The escalation matrix (process.md §4), edited by the process owner. The most specific matching entry decides on its
/// own, so an entry can narrow the audience as well as widen it; it lists everyone it wants informed.
/// </summary>
public sealed class EscalationMatrix(IEnumerable<EscalationMatrixEntry> entries)
{
    private readonly EscalationMatrixEntry[] entries = [.. entries];

    public IReadOnlyList<EscalationMatrixEntry> Entries => entries;

    public static EscalationMatrix Defaults { get; } = new(DefaultEscalationMatrix.Entries);

    public IReadOnlyList<NotificationRecipient> RecipientsFor(string category, Severity severity, SupportLevel? level) =>
        entries
            .Where(entry => entry.Matches(category, severity, level))
            .OrderByDescending(entry => entry.Specificity)
            .ThenByDescending(entry => entry.Weight)
            .FirstOrDefault()?.Recipients ?? [];

    public IReadOnlyList<NotificationRecipient> RecipientsFor(Ticket ticket) =>
        RecipientsFor(ticket.Category, ticket.Severity, ticket.SupportLevel);
}
