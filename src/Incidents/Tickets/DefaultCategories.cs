namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>The category names shipped by default (process.md §1).</summary>
public static class DefaultCategories
{
    public const string Infrastructure = "Infrastructure";
    public const string Platform = "Platform";
    public const string Security = "Security";
    public const string Settlements = "Settlements";
    public const string Onboarding = "Onboarding";

    /// <summary>
    /// Security's subcategories are the security incident categories of process.md §7; the others are starting points
    /// a process owner is expected to edit.
    /// </summary>
    public static IReadOnlyList<CategoryNode> Nodes { get; } =
    [
        new(Infrastructure, ["Network", "Compute", "Storage", "Database"]),
        new(Platform, ["API", "Transfers", "Portal", "Notifications"]),
        new(Security, ["Denial of Service", "Malicious code", "Unauthorized access", "Data leak/loss", "Data breach (regulatory)", "Inappropriate usage"])
        {
            IsSecurity = true,
        },
        new(Settlements, ["Settlement windows", "Reconciliation", "Reports"]),
        new(Onboarding, ["New partner", "Certificates", "Configuration"]),
    ];
}
