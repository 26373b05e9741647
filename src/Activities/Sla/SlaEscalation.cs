using System.Globalization;
using System.Text.Json.Nodes;
using IncidentWorkflows.Activities.Escalation;
using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Escalation;
using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Tickets;

namespace IncidentWorkflows.Activities.Sla;

/// <summary>
/// What an SLA evaluation leads to (process.md §4): a warning informs the hierarchy; a breach escalates the ticket one
/// support level up (group from routing; L4 is the vendor) and informs the hierarchy of the new level. Several breaches
/// found at once escalate once: a ticket climbs one level per evaluation, and the new level gets its own fresh target.
/// </summary>
internal static class SlaEscalation
{
    public static Outcome Apply(TicketChange change, List<PendingNotice> notices)
    {
        var (ticket, process, at) = (change.Ticket, change.Process, change.At);
        var evaluation = ticket.EvaluateSla(process.Calendars, at);
        var readings = ticket.Sla.Read(process.Calendars, at);
        foreach (var warning in evaluation.NewWarnings)
        {
            var reading = readings.FirstOrDefault(r => r.Kind == warning.Clock && r.Level == warning.Level);
            var cause = $"SLA warning: {ClockName(warning.Clock, warning.Level)} target {warning.Target} is {ticket.Sla.Targets.WarningRatio:P0} used; due {HierarchicalNotices.Moment(reading?.DueAt)}.";
            var model = new JsonObject
            {
                ["sla"] = new JsonObject
                {
                    ["clock"] = ClockName(warning.Clock, warning.Level),
                    ["target"] = warning.Target.ToString("c", CultureInfo.InvariantCulture),
                    ["dueAt"] = HierarchicalNotices.Moment(reading?.DueAt),
                    ["elapsedPercent"] = (int)Math.Round(ticket.Sla.Targets.WarningRatio * 100),
                },
            };
            notices.Add(HierarchicalNotices.Record(ticket, process.Escalation, "sla-warning", cause, model, at));
        }

        if (evaluation.NewBreaches.Count > 0)
            notices.Add(Breach(ticket, change, evaluation.NewBreaches));
        return Outcome.Accepted;
    }

    private static PendingNotice Breach(Ticket ticket, TicketChange change, IReadOnlyList<SlaBreach> breaches)
    {
        var breach = breaches[0];
        var clocks = string.Join(", ", breaches.Select(b => ClockName(b.Clock, b.Level)));
        var from = ticket.SupportLevel;
        // A resolved ticket whose late breach is recorded now needs no one new to work it, only the record and the notice.
        var escalation = ticket.Status is TicketStatus.Resolved or TicketStatus.Closed or TicketStatus.Cancelled
            ? Outcome.Refused(RuleIds.TicketClosed, $"Ticket {ticket.DisplayNumber} is {ticket.Status}; not escalated.")
            : FunctionalEscalation.Escalate(ticket, change.Process.Routing, $"SLA breach: {clocks} target missed.", Actor.System, change.At);
        var cause = escalation.IsAccepted
            ? $"SLA breach: {clocks} target missed; escalated from {from} to {ticket.SupportLevel} ({ticket.SupportGroupId})."
            : $"SLA breach: {clocks} target missed; {escalation.Refusal!.Message}";
        var model = new JsonObject
        {
            ["sla"] = new JsonObject
            {
                ["clock"] = ClockName(breach.Clock, breach.Level),
                ["dueAt"] = HierarchicalNotices.Moment(breach.DueAt),
                ["breachedAt"] = HierarchicalNotices.Moment(breach.RecordedAt),
            },
            ["escalation"] = escalation.IsAccepted
                ? new JsonObject { ["fromLevel"] = from?.ToString(), ["toLevel"] = ticket.SupportLevel?.ToString(), ["group"] = ticket.SupportGroupId }
                : new JsonObject(),
        };
        return HierarchicalNotices.Record(ticket, change.Process.Escalation, "sla-breach", cause, model, change.At);
    }

    private static string ClockName(SlaClockKind kind, SupportLevel? level) => level is null ? kind.ToString() : $"{kind} {level}";
}
