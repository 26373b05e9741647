namespace IncidentWorkflows.Persistence.ProcessConfiguration;

/// <summary>The configuration documents, named as their API paths.</summary>
public static class ConfigurationKinds
{
    public const string Categories = "categories";
    public const string RoutingRules = "routing-rules";
    public const string SlaPolicies = "sla-policies";
    public const string Calendars = "calendars";
    public const string EscalationMatrix = "escalation-matrix";

    public static IReadOnlyList<string> All { get; } = [Categories, RoutingRules, SlaPolicies, Calendars, EscalationMatrix];
}
