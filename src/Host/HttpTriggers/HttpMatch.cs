namespace IncidentWorkflows.Host.HttpTriggers;

/// <summary>An <c>Elsa.HttpEndpoint</c> activity that can take a request: a published trigger or the waiting activity of an instance.</summary>
public sealed record HttpTarget(string DefinitionId, string VersionId, string ActivityId);

/// <summary>
/// Where a request under <c>/workflows/</c> goes: the route it matched (<see cref="Payload"/>: path as declared, method),
/// the values of the path's placeholders, and either the triggers to start or the instances waiting on it.
/// </summary>
public sealed record HttpMatch(
    IReadOnlyDictionary<string, string> Payload,
    IReadOnlyDictionary<string, object?> RouteValues,
    IReadOnlyList<HttpTarget> Triggers,
    IReadOnlyList<HttpTarget> Waiting)
{
    public IEnumerable<HttpTarget> Targets => Triggers.Concat(Waiting);
}
