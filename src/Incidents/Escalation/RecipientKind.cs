namespace IncidentWorkflows.Incidents.Escalation;

public enum RecipientKind
{
    User,
    Group,

    /// <summary>A role, resolved when the notice is sent; <c>group-lead</c> means the lead of the ticket's current group.</summary>
    Role,
    Email,
}
