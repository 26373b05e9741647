using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Triage;

namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>
/// Steps 1 and 2 of the lifecycle in one go: log the report, propose severity and priority from its facts, route it to
/// the category's L1 group and choose the SLA policy. The number comes from the caller (a database sequence).
/// </summary>
public sealed class TicketIntake(CategoryTree categories, RoutingTable routing, SlaPolicyBook policies)
{
    public Outcome<Ticket> Open(TicketReport report, long number, Actor by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(report.Title) || string.IsNullOrWhiteSpace(report.RequesterId))
        {
            return Outcome<Ticket>.Refused(new(RuleIds.TextRequired, "A ticket needs a title and a requester."));
        }

        var category = categories.Resolve(report.Category, report.Subcategory);
        if (!category.IsAccepted)
        {
            return Outcome<Ticket>.Refused(category.Refusal!);
        }

        var path = category.Value!;
        var proposal = TicketTriage.Propose(report.Facts);
        if (routing.L1GroupFor(path.Category, path.Subcategory) is not { } group)
        {
            return Outcome<Ticket>.Refused(new(RuleIds.NoRoutingRule, $"No L1 group handles {path}; add a routing rule."));
        }

        var subject = new SlaSubject(path.Category, path.Subcategory, report.RequesterId, report.RequesterOrganization,
            proposal.Severity.Severity, proposal.Priority.Priority);
        if (policies.Select(subject) is not { } policy)
        {
            return Outcome<Ticket>.Refused(new(RuleIds.NoSlaPolicy, $"No SLA policy applies to {subject}; add a policy."));
        }

        return Outcome<Ticket>.Accepted(Ticket.Open(new TicketOpening
        {
            Number = number,
            Kind = report.Kind,
            Title = report.Title,
            Description = report.Description,
            Category = path,
            Severity = proposal.Severity,
            Priority = proposal.Priority,
            RequesterId = report.RequesterId,
            RequesterOrganization = report.RequesterOrganization,
            AffectedServices = report.AffectedServices,
            Channel = report.Channel,
            DetectionSource = report.DetectionSource ?? DetectionFor(report.Channel),
            SupportGroupId = group,
            SlaPolicy = policy,
        }, by, at));
    }

    public static DetectionSource DetectionFor(Channel channel) =>
        channel is Channel.Monitoring or Channel.Staff ? DetectionSource.Internal : DetectionSource.External;
}
