using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.SecurityIncidents;

/// <summary>
/// The security incident categories of process.md §7 step 2d. They are the subcategories of the Security category in
/// <see cref="DefaultCategories"/>, so a ticket and its report use the same words.
/// </summary>
public static class SecurityCategories
{
    public const string DenialOfService = "Denial of Service";
    public const string MaliciousCode = "Malicious code";
    public const string UnauthorizedAccess = "Unauthorized access";
    public const string DataLeakOrLoss = "Data leak/loss";
    public const string DataBreach = "Data breach (regulatory)";
    public const string InappropriateUsage = "Inappropriate usage";

    public static readonly IReadOnlyList<string> All = [DenialOfService, MaliciousCode, UnauthorizedAccess, DataLeakOrLoss, DataBreach, InappropriateUsage];

    /// <summary>The canonical spelling of <paramref name="text"/>, case-insensitively; null when it is none of them.</summary>
    public static string? Canonical(string? text) =>
        All.FirstOrDefault(category => string.Equals(category, text?.Trim(), StringComparison.OrdinalIgnoreCase));
}
