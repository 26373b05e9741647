using System.Text.Json.Nodes;

namespace IncidentWorkflows.Engine.Model;

/// <summary>One end of a connection: an activity id and a port (outcome name on the source side).</summary>
public sealed record Endpoint(string Activity, string Port);

/// <summary>A flowchart connection. Old flat JSON (<c>source, sourcePort, target, targetPort</c>) is read into the same shape.</summary>
public sealed class Connection
{
    public required Endpoint Source { get; set; }
    public required Endpoint Target { get; set; }
    public JsonObject Extra { get; set; } = [];
}
