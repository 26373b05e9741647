namespace IncidentWorkflows.Persistence.Alerts.Intake;

public sealed class AlertIntakeOptions
{
    /// <summary>The workflow a new incident runs when its route names none (the host sets the incident lifecycle workflow).</summary>
    public string DefaultWorkflow { get; set; } = "incident-lifecycle";

    /// <summary>Attempts of one delivery when concurrent writers collide on an identity (PostgreSQL); SQLite's single writer never does.</summary>
    public int MaxAttempts { get; set; } = 5;
}
