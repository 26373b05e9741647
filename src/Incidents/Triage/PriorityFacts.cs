namespace IncidentWorkflows.Incidents.Triage;

/// <summary>Who is affected and how badly; the priority matrix reads these.</summary>
public sealed record PriorityFacts
{
    /// <summary>Users who cannot perform their work.</summary>
    public int UsersUnableToWork { get; init; }

    /// <summary>All users of the service recipient, when known; without it the share rules cannot apply.</summary>
    public int? RecipientUserCount { get; init; }

    /// <summary>The service recipient as a whole, or areas outside it, are affected.</summary>
    public bool AreasOutsideRecipientAffected { get; init; }

    public bool NamedPowerUserUnableToWork { get; init; }

    public bool BusinessUnitAffected { get; init; }

    /// <summary>A single user works with reduced functionality in one application, thanks to a workaround.</summary>
    public bool SingleUserReducedFunctionalityWithWorkaround { get; init; }
}
