namespace IncidentWorkflows.Incidents.Tickets.Transitions;

/// <summary>
/// A request to move a ticket, made by <see cref="By"/> at <see cref="At"/>. Each trigger has its own record with the
/// data process.md asks for, the conditions it checks, and the details it records; the closed set lives in this folder.
/// </summary>
public abstract record TransitionRequest(Actor By, DateTimeOffset At)
{
    public abstract TicketTrigger Trigger { get; }

    /// <summary>A note for the status entry of the timeline (the requester sees it).</summary>
    internal virtual string? StatusNote => null;

    /// <summary>Conditions beyond the table; null when they hold.</summary>
    internal virtual Refusal? Check(Ticket ticket) => null;

    /// <summary>Everything the move changes besides the status, with its timeline entries and SLA effects.</summary>
    internal abstract void Apply(Ticket ticket);

    private protected static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);
}
