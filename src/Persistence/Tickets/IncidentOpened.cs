using System.Text.Json;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Entities;

namespace IncidentWorkflows.Persistence.Tickets;

/// <summary>
/// Queued with every new incident, in the transaction that logs it, so the incident lifecycle workflow starts after the
/// commit and only for tickets that really exist. Delivery is at least once; the starter uses the ticket number as the
/// idempotency key of the start, so a repeated delivery finds the instance already running.
/// </summary>
public sealed record IncidentOpened(string TicketNumber, string Category, bool IsSecurity, string Severity, string Priority)
{
    public const string MessageKind = "incident.opened";

    public static OutboxMessage For(Ticket ticket, DateTimeOffset now) => new()
    {
        Kind = MessageKind,
        IdempotencyKey = $"incident-opened:{ticket.DisplayNumber}",
        PayloadJson = JsonSerializer.Serialize(
            new IncidentOpened(ticket.DisplayNumber.ToString(), ticket.Category, ticket.IsSecurity, ticket.Severity.ToString(), ticket.Priority.ToString()),
            JsonSerializerOptions.Web),
        CreatedAt = now,
        AvailableAt = now,
    };

    public static IncidentOpened Read(string payloadJson) =>
        JsonSerializer.Deserialize<IncidentOpened>(payloadJson, JsonSerializerOptions.Web)
        ?? throw new JsonException($"An '{MessageKind}' message has no payload.");
}
