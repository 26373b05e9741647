namespace IncidentWorkflows.Incidents.Tickets.Transitions;

/// <summary>
/// InProgress or Escalated → Resolved: a documented workaround or permanent fix is in place and no mandatory task is
/// open. The requester is told and may reopen.
/// </summary>
public sealed record Resolve(Actor By, DateTimeOffset At, ResolutionKind Kind, string Resolution) : TransitionRequest(By, At)
{
    public override TicketTrigger Trigger => TicketTrigger.Resolve;

    internal override string? StatusNote => $"{Kind}: {Resolution}";

    internal override Refusal? Check(Ticket ticket)
    {
        if (IsBlank(Resolution))
        {
            return new Refusal(RuleIds.ResolutionRequired, "Document the workaround or the permanent fix before resolving.");
        }

        var open = ticket.Tasks.Where(task => task.IsMandatory && task.IsOpen).Select(task => $"'{task.Title}'").ToArray();
        return open.Length == 0
            ? null
            : new Refusal(RuleIds.MandatoryTaskOpen, $"The ticket cannot be resolved while mandatory tasks are open: {string.Join(", ", open)}.");
    }

    internal override void Apply(Ticket ticket)
    {
        ticket.Resolution = new ResolutionDetails(Kind, Resolution, By.Id, At);
        ticket.MarkResolved(At);
        ticket.Record(By, At, TimelineSubjects.Resolution, null, Kind.ToString(), Resolution, Visibility.Public);
        ticket.Sla.Resolved(At);
    }
}
