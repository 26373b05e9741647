namespace IncidentWorkflows.Host.Alerts.Parsing;

/// <summary>Field names for problems, in the payload's own terms: <c>alerts[0].labels</c>.</summary>
internal static class JsonPath
{
    public static string Of(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    public static string Of(string parent, int index) => $"{parent}[{index}]";
}
