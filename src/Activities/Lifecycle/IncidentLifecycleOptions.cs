namespace IncidentWorkflows.Activities.Lifecycle;

/// <summary>Settings under <c>Incidents</c>: which published workflow runs each new incident.</summary>
public sealed class IncidentLifecycleOptions
{
    public const string Section = "Incidents";

    /// <summary>The definition id started for every new incident; empty turns the lifecycle workflow off.</summary>
    public string LifecycleWorkflow { get; set; } = "incident-lifecycle";
}
