namespace IncidentWorkflows.Incidents;

/// <summary>Who did something: an id (user name, e-mail, service name) and the side they act for.</summary>
public sealed record Actor(string Id, ActorRole Role)
{
    public static Actor System { get; } = new("system", ActorRole.System);

    public static Actor Staff(string id) => new(id, ActorRole.Staff);

    public static Actor Requester(string id) => new(id, ActorRole.Requester);

    public static Actor Customer(string id) => new(id, ActorRole.Customer);

    public bool IsCustomerSide => Role is ActorRole.Requester or ActorRole.Customer;

    public override string ToString() => $"{Id} ({Role})";
}
