using System.Globalization;
using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Escalation;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncidentWorkflows.Activities.Escalation;

/// <summary>
/// Hierarchical escalation (process.md §4): note on the timeline who was informed and why, then queue the e-mail through
/// the outbox (<c>email</c> with a notice template), in the same transaction as the ticket change.
/// </summary>
internal static class HierarchicalNotices
{
    /// <summary>Records the notice for the ticket as it is now (its category, severity and level pick the matrix entry).</summary>
    public static PendingNotice Record(Ticket ticket, EscalationMatrix matrix, string template, string cause, JsonObject model, DateTimeOffset at)
    {
        var recipients = matrix.RecipientsFor(ticket);
        ticket.RecordHierarchicalNotice(recipients, cause, Actor.System, at);
        model["ticket"] = TicketFacts(ticket);
        model["update"] = cause;
        // S1 and security stakeholders get secure mail only (process.md §6).
        return new PendingNotice(template, recipients, model, ticket.Timeline[^1].Sequence, ticket.Severity == Severity.S1 || ticket.IsSecurity);
    }

    public static async Task SendAsync(ActivityExecutionContext context, TicketNumber number, IEnumerable<PendingNotice> notices)
    {
        foreach (var notice in notices)
        {
            var to = await RecipientAddresses.ResolveAsync(context.GetRequiredService<WorkflowDbContext>(), notice.Recipients, context.CancellationToken);
            if (to.Count == 0)
            {
                context.GetService<ILoggerFactory>()?.CreateLogger(typeof(HierarchicalNotices)).LogWarning(
                    "No address for the {Template} notice of {Ticket} ({Recipients}); it is on the timeline only", notice.Template, number, string.Join(", ", notice.Recipients));
                continue;
            }

            var email = new JsonObject
            {
                ["to"] = new JsonArray([.. to.Select(address => JsonValue.Create(address))]),
                ["template"] = notice.Template,
                ["model"] = notice.Model,
                ["secure"] = notice.Secure,
            };
            context.Workflow.Send("email", email, $"{number}:notice:{notice.Sequence}");
        }
    }

    public static string Moment(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "";

    private static JsonObject TicketFacts(Ticket ticket) => new()
    {
        ["number"] = ticket.DisplayNumber.ToString(),
        ["title"] = ticket.Title,
        ["severity"] = ticket.Severity.ToString(),
        ["priority"] = ticket.Priority.ToString(),
        ["status"] = ticket.Status.ToString(),
        ["group"] = ticket.SupportGroupId,
        ["assignee"] = ticket.AssigneeId,
        ["category"] = ticket.Category,
    };
}
