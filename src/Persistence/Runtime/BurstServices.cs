using IncidentWorkflows.Persistence.Tickets;

namespace IncidentWorkflows.Persistence.Runtime;

/// <summary>
/// What activities get from <c>context.GetRequiredService&lt;T&gt;()</c> during a durable burst: the burst's own
/// <see cref="WorkflowDbContext"/> and a <see cref="TicketSession"/> over it, so that what an activity changes (a ticket,
/// its timeline, a human task, outbox messages) commits in the same transaction as the workflow state, or not at all.
/// Anything else comes from the host's container (options, configuration readers, the clock).
/// </summary>
internal sealed class BurstServices(Burst burst, IServiceProvider root, TimeProvider time) : IServiceProvider
{
    private TicketSession? _tickets;

    /// <summary>Work activities deferred from synchronous hooks; the runtime runs it before staging the burst's results.</summary>
    public DeferredBurstWork Deferred { get; } = new();

    /// <summary>True when an activity staged outbox messages through the ticket session.</summary>
    public bool WroteOutbox => _tickets?.WroteOutbox == true;

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(WorkflowDbContext))
            return burst.Db;
        if (serviceType == typeof(TicketSession))
            return _tickets ??= new TicketSession(burst.Db, time) { SignalsChanges = false };
        if (serviceType == typeof(DeferredBurstWork))
            return Deferred;
        if (serviceType == typeof(TimeProvider))
            return time;
        return root.GetService(serviceType);
    }
}
