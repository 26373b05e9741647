using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentWorkflows.Persistence.Entities;

namespace IncidentWorkflows.Persistence.Alerts.Intake;

/// <summary>
/// An event for the incident's workflow (<c>alert.repeated</c>, <c>alert.resolved</c>, <c>alert.acknowledged</c>),
/// queued in the delivery's transaction and triggered after commit with the ticket number as correlation id. Through the
/// outbox it survives a crash between commit and trigger, and never fires for a delivery that rolled back.
/// </summary>
public sealed record AlertSignal(string EventName, string TicketNumber, JsonObject Input)
{
    public const string MessageKind = "alert.signal";
    public const string Repeated = "alert.repeated";
    public const string Resolved = "alert.resolved";
    public const string Acknowledged = "alert.acknowledged";

    public OutboxMessage ToMessage(Guid eventId, DateTimeOffset now) => new()
    {
        Kind = MessageKind,
        IdempotencyKey = $"alert-signal:{eventId:N}",
        PayloadJson = JsonSerializer.Serialize(this, JsonSerializerOptions.Web),
        CreatedAt = now,
        AvailableAt = now,
    };

    public static AlertSignal Read(string payloadJson) =>
        JsonSerializer.Deserialize<AlertSignal>(payloadJson, JsonSerializerOptions.Web)
        ?? throw new JsonException($"An '{MessageKind}' message has no payload.");
}
