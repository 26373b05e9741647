using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Activities.Flow;
using IncidentWorkflows.Engine.Model;

namespace IncidentWorkflows.Engine.Validation.Rules;

/// <summary>
/// Every flowchart connection joins two activities of that flowchart, leaves by an outcome its source can
/// produce and enters by "In". Issues name the flowchart and the connection (<c>connections[i].…</c>), since
/// that is what the designer has to change.
/// </summary>
public sealed class ConnectionRule : IValidationRule
{
    /// <summary>The only target port Elsa's flowchart knows (every connection in Elsa's own test workflows uses it).</summary>
    public const string TargetPort = "In";

    public string Name => "connections";

    public void Check(ValidationContext context)
    {
        foreach (var flowchart in context.Flowcharts())
        {
            var connections = flowchart.Node.Connections ?? [];
            for (var i = 0; i < connections.Count; i++)
                CheckConnection(context, flowchart, connections[i], i);
        }
    }

    private static void CheckConnection(ValidationContext context, Flowchart flowchart, Connection connection, int index)
    {
        var source = Find(flowchart, connection.Source.Activity);
        var target = Find(flowchart, connection.Target.Activity);
        if (source is null)
            context.Error(ValidationRules.DanglingConnection, $"Connection {index} starts at '{connection.Source.Activity}', which is not an activity of this flowchart.", flowchart.Id, $"connections[{index}].source");
        if (target is null)
            context.Error(ValidationRules.DanglingConnection, $"Connection {index} ends at '{connection.Target.Activity}', which is not an activity of this flowchart.", flowchart.Id, $"connections[{index}].target");

        // Null ports mean the activity's outcomes are only known at run time (e.g. a fork over computed branches).
        if (source?.GetPorts() is { } ports && !ports.Contains(connection.Source.Port, StringComparer.Ordinal))
        {
            var known = ports.Count == 0 ? "it has no outgoing ports" : $"it has: {string.Join(", ", ports)}";
            context.Error(ValidationRules.UnknownPort, $"Connection {index} leaves '{source.Id}' ({source.Type}) by port '{connection.Source.Port}', which that activity does not have ({known}).", flowchart.Id, $"connections[{index}].source.port");
        }

        if (target is not null && !string.Equals(connection.Target.Port, TargetPort, StringComparison.Ordinal))
            context.Error(ValidationRules.UnknownPort, $"Connection {index} enters '{target.Id}' by port '{connection.Target.Port}'; activities are entered by '{TargetPort}'.", flowchart.Id, $"connections[{index}].target.port");
    }

    private static Activity? Find(Flowchart flowchart, string activityId)
    {
        var index = flowchart.Graph.IndexOf(activityId);
        return index < 0 ? null : flowchart.Activities[index];
    }
}
