using IncidentWorkflows.Engine.Activities;

namespace IncidentWorkflows.Engine.Execution;

public sealed partial class WorkflowExecutionContext
{
    private List<OutgoingMessage>? _outbox;

    /// <summary>Side effects requested during this burst; the runtime stores them with the state and sends them after commit.</summary>
    public IReadOnlyList<OutgoingMessage> Outbox => (IReadOnlyList<OutgoingMessage>?)_outbox ?? [];

    /// <summary>Queues a side effect (email, webhook, ...) to leave through the outbox once this burst has committed.</summary>
    public void Send(string kind, object? payload, string idempotencyKey) =>
        (_outbox ??= []).Add(new OutgoingMessage(kind, Values.JsonValues.ToJson(payload), idempotencyKey));

    /// <summary>One entry per activity execution, written when it ends (completed, faulted or cancelled), with its start time.</summary>
    internal void Journal(ActivityExecutionContext context, string eventName, IReadOnlyList<string>? outcomes, string? message = null)
    {
        if (Options.JournalLevel == JournalLevel.None)
            return;
        var activity = context.Activity;
        IReadOnlyDictionary<string, object?>? outputs = null;
        if (Options.JournalLevel == JournalLevel.Full && eventName == "Completed")
            outputs = ActivityOutputs.GetValueOrDefault(OutputKey(activity));
        _journal.Add(new JournalEntry(activity.Id, activity.NodeId, activity.Type, activity.Name, eventName, context.StartedAt, Time.GetUtcNow(), outcomes, null, outputs, message));
    }

    /// <summary>
    /// Writes a value to an output target (<c>memoryReference.id</c>) as seen from <paramref name="scope"/> (null: the
    /// instance's top level): a variable by id or name, else a declared output of the nearest workflow, else a new
    /// variable of that name.
    /// </summary>
    internal void AssignTarget(ActivityExecutionContext? scope, string target, object? value)
    {
        var composite = scope?.NearestComposite();
        var declaration = composite?.Activity is CompositeActivity c ? c.Definition : Compiled.Definition;

        var variable = declaration.Variables.Find(v => v.Id == target) ?? declaration.Variables.Find(v => v.Name == target);
        var name = variable?.Name ?? target;
        if (variable is null && declaration.Outputs.Exists(o => o.Name == target))
        {
            if (composite is not null)
                composite.Composite!.Outputs[target] = value;
            else
                Output[target] = value;
            return;
        }

        if (scope is not null)
            scope.SetVariable(name, value);
        else
            Variables[name] = value;
    }

    /// <summary>Sets an output of the nearest workflow: the composite's when running as an activity, else the instance's.</summary>
    internal void SetWorkflowOutput(ActivityExecutionContext context, string name, object? value)
    {
        var composite = context.NearestComposite();
        if (composite is not null)
            composite.Composite!.Outputs[name] = value;
        else
            Output[name] = value;
    }

    internal void RecordActivityOutput(Activity activity, string outputName, object? value)
    {
        var key = OutputKey(activity);
        if (!ActivityOutputs.TryGetValue(key, out var outputs))
            ActivityOutputs[key] = outputs = new(StringComparer.Ordinal);
        outputs[outputName] = value;
        LastResult = value;
    }

    private static string OutputKey(Activity activity) => activity.Name ?? activity.Id;
}
