using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Triage;
using IncidentWorkflows.Persistence.Tickets.Mapping;

namespace IncidentWorkflows.Host.Tickets.Requests;

/// <summary>
/// A report. <c>impact</c> feeds the categorization matrix (severity), <c>reach</c> the priority matrix; both are optional
/// (no facts: S4/P4) and an engineer can override the result with a reason. Requesters always report for themselves
/// through the portal; staff may name the requester and the channel a report came through.
/// </summary>
public sealed record CreateTicketRequest(
    TicketKind? Kind,
    string? Title,
    string? Description,
    string? Category,
    string? Subcategory,
    string? Requester,
    string? RequesterOrganization,
    IReadOnlyList<string>? AffectedServices,
    Channel? Channel,
    DetectionSource? DetectionSource,
    SeverityFacts? Impact,
    PriorityFacts? Reach)
{
    public TicketReport ToReport(TicketCaller caller)
    {
        Check();
        var requester = caller.IsStaffSide && !string.IsNullOrWhiteSpace(Requester) ? Requester.Trim() : caller.Actor.Id;
        return new TicketReport
        {
            Kind = Kind ?? TicketKind.Incident,
            Title = Title ?? "",
            Description = Description ?? "",
            Category = Category?.Trim() ?? "",
            Subcategory = string.IsNullOrWhiteSpace(Subcategory) ? null : Subcategory.Trim(),
            RequesterId = requester,
            RequesterOrganization = string.IsNullOrWhiteSpace(RequesterOrganization) ? null : RequesterOrganization.Trim(),
            AffectedServices = [.. (AffectedServices ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim())],
            Channel = caller.IsStaffSide ? Channel ?? DefaultChannel(caller) : Incidents.Tickets.Channel.Portal,
            DetectionSource = caller.IsStaffSide ? DetectionSource : null,
            Facts = new TriageFacts(Impact ?? new SeverityFacts(), Reach ?? new PriorityFacts()),
        };
    }

    /// <summary>Monitoring systems sign in with an integration key; everyone else on the staff side raises tickets themselves.</summary>
    private static Channel DefaultChannel(TicketCaller caller) =>
        caller.IsIntegration ? Incidents.Tickets.Channel.Monitoring : Incidents.Tickets.Channel.Staff;

    private void Check()
    {
        var checks = new RequestChecks()
            .Require("title", Title, "A ticket needs a title: one line saying what is wrong.")
            .MaxLength("title", Title, TicketLimits.Title)
            .MaxLength("description", Description, TicketLimits.Text)
            .Require("category", Category, "Choose a category (GET /api/categories lists them).")
            .MaxLength("category", Category, TicketLimits.Name)
            .MaxLength("subcategory", Subcategory, TicketLimits.Name)
            .MaxLength("requester", Requester, TicketLimits.Person)
            .MaxLength("requesterOrganization", RequesterOrganization, TicketLimits.Person)
            .Defined("kind", Kind)
            .Defined("channel", Channel)
            .Defined("detectionSource", DetectionSource)
            .Check((AffectedServices ?? []).All(s => s is null || s.Length <= TicketLimits.Name), "affectedServices", RequestChecks.TooLong,
                $"A service name has at most {TicketLimits.Name} characters.");
        if (Impact is { } impact)
        {
            checks.Defined("impact.outage", impact.Outage)
                .Defined("impact.functionalImpact", impact.FunctionalImpact)
                .Defined("impact.securityImpact", impact.SecurityImpact)
                .Check(impact.AffectedUsers is null or >= 0, "impact.affectedUsers", RequestChecks.InvalidValue, "affectedUsers cannot be negative.");
        }

        if (Reach is { } reach)
        {
            checks.Check(reach.UsersUnableToWork >= 0, "reach.usersUnableToWork", RequestChecks.InvalidValue, "usersUnableToWork cannot be negative.")
                .Check(reach.RecipientUserCount is null or >= 0, "reach.recipientUserCount", RequestChecks.InvalidValue, "recipientUserCount cannot be negative.");
        }

        checks.ThrowIfAny();
    }
}
