namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>A public update the requester sees, or an internal note only staff see.</summary>
public sealed record Comment(Guid Id, DateTimeOffset At, string AuthorId, ActorRole AuthorRole, string Text, Visibility Visibility);
