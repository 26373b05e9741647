using System.Net.Mail;
using IncidentWorkflows.Activities.Escalation;
using IncidentWorkflows.Activities.Tickets;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Incidents.Escalation;
using IncidentWorkflows.Incidents.SecurityIncidents;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Security;

namespace IncidentWorkflows.Activities.Security;

/// <summary>
/// Informs stakeholders of a security incident by secure e-mail (process.md §7 steps 5, 6 and 8e): only over an encrypted
/// connection, labelled with the report's TLP 2.0 label in the subject and the body. Recipients are e-mail addresses, or
/// role names resolved to the accounts holding them (the business team). Nobody to tell is an outcome, not a fault.
/// </summary>
[Activity("Incidents.NotifySecurityStakeholders", "Security", "Sends a secure, TLP-labelled e-mail about a security incident.",
    DisplayName = "Notify Security Stakeholders", Outcomes = ["Sent", "NoRecipients"])]
public sealed class NotifySecurityStakeholders : Activity
{
    [Input(Description = "The ticket number, e.g. INC-000123.", IsRequired = true)]
    public Input<string> Ticket { get; set; } = new();

    [Input(Description = "E-mail addresses or role names, separated by commas or semicolons.")]
    public Input<string> Recipients { get; set; } = new();

    [Input(Description = "What stakeholders are told.", IsRequired = true, UIHint = "multiline")]
    public Input<string> Message { get; set; } = new();

    [Input(Description = "Subject line after the label and ticket number.")]
    public Input<string> Subject { get; set; } = new();

    [Output(Description = "The addresses the e-mail went to.")]
    public Output<List<string>> SentTo { get; set; } = new();

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var number = BurstTickets.Number(context.Get(Ticket)).ToString();
        var db = context.GetRequiredService<WorkflowDbContext>();
        var addresses = await RecipientAddresses.ResolveAsync(db, Parse(context.Get(Recipients)), context.CancellationToken);
        if (addresses.Count == 0)
        {
            await context.CompleteAsync("NoRecipients");
            return;
        }

        var report = await SecurityReports.FindAsync(db, number, context.CancellationToken);
        var tlp = report?.Content.Tlp is { } label && TlpLabels.TryParse(label, out var parsed) ? parsed : TlpLabel.Red;
        var tag = TlpLabels.Format(tlp);
        var subject = context.Get(Subject) is { Length: > 0 } given ? given : "security incident update";
        var text = $"{tag}\n\n{context.Get(Message)}\n\n{tag}: {SharingRule(tlp)}";
        context.Workflow.Send("email", new
        {
            to = addresses,
            subject = $"[{tag}] {number}: {subject}",
            text,
            secure = true,
            tlp = tag,
        }, $"{context.WorkflowInstanceId}:{context.Activity.Id}:{context.Id}");
        context.Set(SentTo, addresses.ToList(), nameof(SentTo));
        await context.CompleteAsync("Sent");
    }

    private static IEnumerable<NotificationRecipient> Parse(string? recipients) =>
        (recipients ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => MailAddress.TryCreate(r, out _) ? new NotificationRecipient(RecipientKind.Email, r) : NotificationRecipient.Role(r));

    private static string SharingRule(TlpLabel label) => label switch
    {
        TlpLabel.Clear => "no limit on disclosure.",
        TlpLabel.Green => "share within your community, not publicly.",
        TlpLabel.Amber => "share within your organization and its clients on a need-to-know basis.",
        TlpLabel.AmberStrict => "share within your organization only, on a need-to-know basis.",
        _ => "for the named recipients only; do not forward.",
    };
}
