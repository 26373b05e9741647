using System.Text.Json.Nodes;
using IncidentWorkflows.Incidents.Escalation;

namespace IncidentWorkflows.Activities.Escalation;

/// <summary>
/// A hierarchical notice already on the ticket's timeline (entry <paramref name="Sequence"/>) whose e-mail is still to be
/// queued once the ticket change is staged; the sequence makes the e-mail's idempotency key.
/// </summary>
internal sealed record PendingNotice(string Template, IReadOnlyList<NotificationRecipient> Recipients, JsonObject Model, int Sequence, bool Secure);
