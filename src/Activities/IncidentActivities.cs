using IncidentWorkflows.Activities.Signals;
using IncidentWorkflows.Engine.Descriptors;
using IncidentWorkflows.Persistence.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentWorkflows.Activities;

/// <summary>The incident activities (<c>Incidents.*</c>, and <c>Elsa.RunTask</c>) of this assembly.</summary>
public static class IncidentActivities
{
    /// <summary>Adds every activity class of this assembly to <paramref name="registry"/>.</summary>
    public static ActivityRegistry AddIncidentActivities(this ActivityRegistry registry)
    {
        registry.RegisterAssembly(typeof(IncidentActivities).Assembly);
        return registry;
    }

}
