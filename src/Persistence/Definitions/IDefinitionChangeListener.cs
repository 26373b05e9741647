namespace IncidentWorkflows.Persistence.Definitions;

/// <summary>Told after published definitions changed (publish, retract, delete, import), e.g. to reschedule recurring triggers.</summary>
public interface IDefinitionChangeListener
{
    Task OnPublishedDefinitionsChangedAsync(CancellationToken cancellationToken);
}
