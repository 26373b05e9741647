using System.Text.Json;
using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Host.Cli;

/// <summary>The closing lines of <c>run</c>: status and sub-status with Elsa's names, incidents, open bookmarks.</summary>
public static class RunReport
{
    public static void Write(TextWriter writer, WorkflowState state)
    {
        writer.WriteLine($"Status: {state.Status} ({state.SubStatus})");
        foreach (var incident in state.Incidents)
            writer.WriteLine($"Incident: activity '{incident.ActivityId}' ({incident.ActivityType}): {incident.Message}");
        foreach (var bookmark in state.Bookmarks)
            writer.WriteLine(Describe(bookmark));
    }

    private static string Describe(Bookmark bookmark)
    {
        var payload = bookmark.Payload is { Count: > 0 } ? " " + JsonSerializer.Serialize(bookmark.Payload, CliJson.Compact) : "";
        // Timer bookmarks usually carry their due time in the payload already; say it only when they do not.
        var due = bookmark.ResumeAt is { } at && bookmark.Payload?.ContainsKey("resumeAt") != true ? $" due {at:O}" : "";
        return $"Bookmark: {bookmark.Name} at activity '{bookmark.ActivityId}'{payload}{due}";
    }
}
