using IncidentWorkflows.Activities.Tickets;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Tickets;

namespace IncidentWorkflows.Activities.Security;

/// <summary>
/// process.md §7 step 4.1a: a security event becomes follow-up work for operations (patching, a configuration review) as a
/// service request of its own, logged and routed like any other, in the burst's transaction. An empty title opens nothing.
/// </summary>
[Activity("Incidents.OpenFollowUpTicket", "Security", "Opens a service request for operations as a follow-up of a ticket.",
    DisplayName = "Open Follow-up Ticket", Outcomes = ["Opened", "Skipped"])]
public sealed class OpenFollowUpTicket : Activity
{
    [Input(Description = "The ticket it follows up, e.g. INC-000123.", IsRequired = true)]
    public Input<string> Ticket { get; set; } = new();

    [Input(Description = "What operations should do; empty opens nothing.")]
    public Input<string> Title { get; set; } = new();

    [Input(Description = "Details for operations (keep indicators in the report).")]
    public Input<string> Description { get; set; } = new();

    [Input(Description = "The category of the follow-up (default Infrastructure).")]
    public Input<string> Category { get; set; } = new();

    [Input(Description = "Who asks for it (user name).")]
    public Input<string> RequestedBy { get; set; } = new();

    [Output(Description = "The number of the follow-up ticket.")]
    public Output<string> FollowUp { get; set; } = new();

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.Get(Title) is not { Length: > 0 } title)
        {
            await context.CompleteAsync("Skipped");
            return;
        }

        var origin = BurstTickets.Number(context.Get(Ticket));
        var requester = context.Get(RequestedBy) is { Length: > 0 } person ? person : "system";
        var report = new TicketReport
        {
            Kind = TicketKind.ServiceRequest,
            Title = title,
            Description = $"Follow-up of {origin}. {context.Get(Description)}".Trim(),
            Category = context.Get(Category) is { Length: > 0 } category ? category : DefaultCategories.Infrastructure,
            RequesterId = requester,
            Channel = Channel.Staff,
        };
        var opened = await context.GetRequiredService<TicketSession>().OpenAsync(report, Actor.Staff(requester), context.CancellationToken);
        if (opened.Refusal is { } refusal)
            throw new InvalidOperationException($"The follow-up of {origin} was refused: {refusal}");

        context.Set(FollowUp, opened.Value!.DisplayNumber.ToString(), nameof(FollowUp));
        await context.CompleteAsync("Opened");
    }
}
