using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Engine.Execution;

public sealed partial class WorkflowExecutionContext
{
    /// <summary>Creates the context of a brand-new instance with its declared variables initialised.</summary>
    internal static WorkflowExecutionContext CreateNew(CompiledWorkflow compiled, StartOptions start, TimeProvider time, RunOptions options)
    {
        var now = time.GetUtcNow();
        var context = new WorkflowExecutionContext(compiled, start.InstanceId ?? Guid.CreateVersion7(now).ToString("N"), time, options)
        {
            CorrelationId = start.CorrelationId,
            Name = compiled.Definition.Name,
            FlowchartMode = start.FlowchartMode,
            TriggerActivityId = start.TriggerActivityId,
            CreatedAt = now,
        };
        foreach (var (key, value) in compiled.InitialVariables())
            context.Variables[key] = value;
        foreach (var input in compiled.Definition.Inputs)
        {
            if (input.DefaultValue is not null)
                context.Input[input.Name] = ValueConverter.Convert(JsonValues.FromNode(input.DefaultValue), ValueConverter.ResolveTypeName(input.TypeName));
        }

        if (start.Input is not null)
        {
            foreach (var (key, value) in start.Input)
                context.Input[key] = CoerceInput(compiled, key, value);
        }

        if (start.Properties is not null)
        {
            foreach (var (key, value) in start.Properties)
                context.Properties[key] = value;
        }

        return context;
    }

    private static object? CoerceInput(CompiledWorkflow compiled, string name, object? value)
    {
        var declared = compiled.Definition.Inputs.Find(i => i.Name == name);
        return declared is null ? ValueConverter.Normalize(value) : ValueConverter.Convert(value, ValueConverter.ResolveTypeName(declared.TypeName));
    }

    /// <summary>Rebuilds a context from a persisted state; the compiled workflow must be the state's version.</summary>
    internal static WorkflowExecutionContext FromState(CompiledWorkflow compiled, WorkflowState state, TimeProvider time, RunOptions options)
    {
        var context = new WorkflowExecutionContext(compiled, state.Id, time, options)
        {
            CorrelationId = state.CorrelationId,
            Name = state.Name,
            Status = state.Status,
            SubStatus = state.SubStatus,
            FlowchartMode = state.FlowchartMode,
            TriggerActivityId = state.TriggerActivityId,
            TriggerConsumed = state.TriggerActivityId is not null,
            Input = ToValues(state.Input),
            Output = ToValues(state.Output),
            Properties = ToValues(state.Properties),
            Variables = ToValues(state.Variables),
            LastResult = JsonValues.FromNode(state.LastResult),
            Incidents = [.. state.Incidents],
            CreatedAt = state.CreatedAt,
            _nextContextId = state.NextContextId,
        };
        foreach (var (activity, outputs) in state.ActivityOutputs)
            context.ActivityOutputs[activity] = ToValues(outputs);

        foreach (var saved in state.Contexts)
        {
            var activity = compiled.FindByNodeId(saved.NodeId)
                ?? throw new InvalidOperationException($"Activity '{saved.NodeId}' of instance {state.Id} does not exist in definition version {compiled.Definition.Id}.");
            var parent = saved.ParentId is { } parentId ? context.FindContext(parentId) : null;
            var restored = new ActivityExecutionContext(context, saved.Id, activity, parent)
            {
                Status = saved.Status,
                State = saved.State,
                StartedAt = saved.StartedAt,
                Outcomes = saved.Outcomes ?? (IReadOnlyList<string>)[],
                Variables = saved.Variables is null ? null : ToValues(saved.Variables),
                ScheduledInput = saved.ScheduledInput is null ? null : ToValues(saved.ScheduledInput),
                Composite = saved.CompositeInputs is null ? null : new CompositeScope
                {
                    Inputs = ToValues(saved.CompositeInputs),
                    Outputs = ToValues(saved.CompositeOutputs ?? []),
                    CompletedOutcomes = saved.CompositeOutcomes,
                },
            };
            context._contexts[restored.Id] = restored;
            parent?.AddChild(restored);
        }

        context._bookmarks.AddRange(state.Bookmarks);
        return context;
    }

    /// <summary>Captures the instance as a serializable state.</summary>
    public WorkflowState ToState()
    {
        var definition = Compiled.Definition;
        var state = new WorkflowState
        {
            Id = InstanceId,
            DefinitionId = definition.DefinitionId,
            DefinitionVersionId = definition.Id,
            DefinitionVersion = definition.Version,
            CorrelationId = CorrelationId,
            Name = Name,
            Status = Status,
            SubStatus = SubStatus,
            FlowchartMode = FlowchartMode,
            TriggerActivityId = TriggerActivityId,
            Input = ToNodes(Input),
            Output = ToNodes(Output),
            Properties = ToNodes(Properties),
            Variables = ToNodes(Variables),
            LastResult = JsonValues.ToNode(LastResult),
            Bookmarks = [.. _bookmarks],
            Incidents = [.. Incidents],
            NextContextId = _nextContextId,
            CreatedAt = CreatedAt,
            UpdatedAt = Time.GetUtcNow(),
        };
        foreach (var (activity, outputs) in ActivityOutputs)
            state.ActivityOutputs[activity] = ToNodes(outputs);

        foreach (var context in _contexts.Values.OrderBy(c => c.Id))
        {
            state.Contexts.Add(new ActivityContextState
            {
                Id = context.Id,
                NodeId = context.Activity.NodeId,
                ParentId = context.Parent?.Id,
                Status = context.Status,
                State = context.State,
                StartedAt = context.StartedAt,
                Outcomes = context.Outcomes.Count == 0 ? null : [.. context.Outcomes],
                Variables = context.Variables is null ? null : ToNodes(context.Variables),
                ScheduledInput = context.ScheduledInput is null ? null : ToNodes(context.ScheduledInput),
                CompositeInputs = context.Composite is null ? null : ToNodes(context.Composite.Inputs),
                CompositeOutputs = context.Composite is null ? null : ToNodes(context.Composite.Outputs),
                CompositeOutcomes = context.Composite?.CompletedOutcomes,
            });
        }

        return state;
    }

    private static Dictionary<string, JsonNode?> ToNodes(Dictionary<string, object?> values)
    {
        var nodes = new Dictionary<string, JsonNode?>(values.Count, StringComparer.Ordinal);
        foreach (var (key, value) in values)
            nodes[key] = JsonValues.ToNode(value);
        return nodes;
    }

    private static Dictionary<string, object?> ToValues(Dictionary<string, JsonNode?> nodes)
    {
        var values = new Dictionary<string, object?>(nodes.Count, StringComparer.Ordinal);
        foreach (var (key, node) in nodes)
            values[key] = JsonValues.FromNode(node);
        return values;
    }
}
