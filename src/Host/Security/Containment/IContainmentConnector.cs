namespace IncidentWorkflows.Host.Security.Containment;

/// <summary>
/// Carries out containment actions on real systems (an EDR, a firewall, the directory). Registered in the container; the
/// action's <c>connector</c> names which one. Throwing means "try again later" (the outbox retries with backoff); a
/// refusal by the system is a result with <see cref="ContainmentResult.Succeeded"/> false.
/// </summary>
public interface IContainmentConnector
{
    string Name { get; }

    Task<ContainmentResult> ExecuteAsync(ContainmentRequest request, CancellationToken cancellationToken);
}

/// <summary>One call: the action, its target, the ticket, the TLP label of what is sent, and the key a repeat carries.</summary>
public sealed record ContainmentRequest(string ActionId, string Action, string Target, string Ticket, string Tlp, string IdempotencyKey);

public sealed record ContainmentResult(bool Succeeded, string Detail);
