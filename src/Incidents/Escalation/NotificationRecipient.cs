namespace IncidentWorkflows.Incidents.Escalation;

/// <summary>Someone to inform: a user, group, role or plain e-mail address.</summary>
public sealed record NotificationRecipient(RecipientKind Kind, string Value)
{
    public static NotificationRecipient Role(string role) => new(RecipientKind.Role, role);

    public static NotificationRecipient Group(string group) => new(RecipientKind.Group, group);

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Value}";
}
