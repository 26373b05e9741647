using System.Text.Json.Serialization;
using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Host.Tickets.Views;

/// <summary>
/// A ticket as the caller may see it. <c>view</c> says which: <c>staff</c> (<see cref="TicketDetails"/>, everything) or
/// <c>requester</c> (<see cref="RequesterTicket"/>: number, status, public updates and public history only, process.md §1).
/// The shared properties come first in the JSON, before the view's own.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "view")]
[JsonDerivedType(typeof(TicketDetails), "staff")]
[JsonDerivedType(typeof(RequesterTicket), "requester")]
public abstract record TicketView
{
    [JsonPropertyOrder(-1)]
    public required string Number { get; init; }

    [JsonPropertyOrder(-1)]
    public required string Title { get; init; }

    [JsonPropertyOrder(-1)]
    public required TicketStatus Status { get; init; }

    [JsonPropertyOrder(-1)]
    public required DateTimeOffset CreatedAt { get; init; }

    [JsonPropertyOrder(-1)]
    public required DateTimeOffset StatusChangedAt { get; init; }
}
