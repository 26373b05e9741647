namespace IncidentWorkflows.LoadGen;

/// <summary>One unit of offered load; null when it succeeded, otherwise what went wrong, short enough to count by kind.</summary>
internal interface IArrival
{
    ArrivalLabels Labels { get; }

    Task<string?> RunAsync();
}

/// <summary>How the report names what was offered and what counted as done.</summary>
internal sealed record ArrivalLabels(string Unit, string One, string Done, string What, Func<double, string> Each)
{
    public static ArrivalLabels Instances { get; } = new("instances", "instance", "finished", "start + resume", rate => $"start + resume each, {2 * rate:F0} requests/s");

    public static ArrivalLabels Alerts(double duplicateShare) => new("alerts", "alert", "accepted", "202 after commit",
        _ => $"one POST each, {100 - 100 * duplicateShare:F0} % new, {100 * duplicateShare:F0} % duplicates of accepted ones");
}
