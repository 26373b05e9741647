namespace IncidentWorkflows.Host.Errors;

/// <summary>
/// Stable ProblemDetails <c>type</c> URIs, one per rule, so clients branch on the rule instead of parsing titles.
/// The scheme is shared by every endpoint of the product.
/// </summary>
public static class ProblemTypes
{
    public const string Base = "https://incidentworkflows.dev/problems/";

    public static string For(string rule) => Base + rule;
}
