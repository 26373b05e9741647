using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Expressions;
using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Engine.Validation;

namespace IncidentWorkflows.Engine.Compilation;

/// <summary>State of one compilation: the nodes built so far, the issues found, the composition stack.</summary>
public sealed class CompilationContext
{
    private readonly WorkflowCompiler _compiler;
    private readonly Stack<string> _compositionStack = new();

    internal CompilationContext(WorkflowCompiler compiler, WorkflowDefinition definition)
    {
        _compiler = compiler;
        _compositionStack.Push(definition.DefinitionId);
    }

    internal Dictionary<string, Activity> ByNodeId { get; } = new(StringComparer.Ordinal);
    public List<ValidationIssue> Issues { get; } = [];
    public IWorkflowDefinitionResolver Resolver => _compiler.Resolver;

    /// <summary>Builds the activity for a node and, recursively, for the nodes it contains.</summary>
    public Activity CompileNode(ActivityNode node, Activity? parent, string parentPath)
    {
        var nodeId = $"{parentPath}:{node.Id}";
        var activity = Instantiate(node, nodeId);
        activity.Node = node;
        activity.NodeId = nodeId;
        activity.Parent = parent;
        if (!ByNodeId.TryAdd(nodeId, activity))
            Issues.Add(new ValidationIssue(ValidationSeverity.Error, ValidationRules.DuplicateActivityId, $"Activity id '{node.Id}' is used more than once in the same container.", node.Id));
        Bind(activity);
        activity.OnCompiled(this);
        return activity;
    }

    private Activity Instantiate(ActivityNode node, string nodeId)
    {
        if (_compiler.Activities.TryGetType(node.Type, out var type))
            return (Activity)Activator.CreateInstance(type)!;

        var unsupported = _compiler.Activities.UnsupportedReason(node.Type);
        if (unsupported is not null)
        {
            Issues.Add(new ValidationIssue(ValidationSeverity.Error, ValidationRules.UnsupportedActivityType, unsupported, node.Id));
            return new UnknownActivity(unsupported);
        }

        var definition = Resolver.ResolveActivity(node);
        if (definition is not null)
            return CompileComposite(node, nodeId, definition);

        var message = $"Activity type '{node.Type}' is not known (neither built in nor a workflow usable as an activity).";
        Issues.Add(new ValidationIssue(ValidationSeverity.Error, ValidationRules.UnknownActivityType, message, node.Id));
        return new UnknownActivity(message);
    }

    private Activity CompileComposite(ActivityNode node, string nodeId, WorkflowDefinition definition)
    {
        if (_compositionStack.Contains(definition.DefinitionId))
        {
            var message = $"Workflow '{definition.DefinitionId}' uses itself as an activity (directly or through others).";
            Issues.Add(new ValidationIssue(ValidationSeverity.Error, ValidationRules.RecursiveComposition, message, node.Id));
            return new UnknownActivity(message);
        }

        _compositionStack.Push(definition.DefinitionId);
        var firstChildIssue = Issues.Count;
        try
        {
            var composite = new CompositeActivity { Definition = definition, Node = node, NodeId = nodeId };
            var childRoot = definition.Root ?? new ActivityNode { Id = "root", Type = "Elsa.Sequence", Activities = [] };
            composite.Body = CompileNode(childRoot, composite, nodeId);
            return composite;
        }
        finally
        {
            _compositionStack.Pop();
            AttributeToNode(node, definition, firstChildIssue);
        }
    }

    /// <summary>
    /// Issues found inside a workflow used as an activity name activities of that other definition; the caller can
    /// only change the node that uses it, so they are reported on that node, the original place kept in the message.
    /// </summary>
    private void AttributeToNode(ActivityNode node, WorkflowDefinition definition, int firstChildIssue)
    {
        var name = definition.Name ?? definition.DefinitionId;
        for (var i = firstChildIssue; i < Issues.Count; i++)
        {
            var inner = Issues[i];
            var where = inner.ActivityId is null ? "" : inner.Property is null ? $"activity '{inner.ActivityId}': " : $"activity '{inner.ActivityId}', property '{inner.Property}': ";
            Issues[i] = inner with { ActivityId = node.Id, Property = null, Message = $"Workflow '{name}' used as this activity: {where}{inner.Message}" };
        }
    }

    /// <summary>Binds every <see cref="Input{T}"/> and <see cref="Output{T}"/> property to the node's JSON.</summary>
    private void Bind(Activity activity)
    {
        var type = activity.GetType();
        foreach (var property in ActivityMetadata.Inputs(type))
        {
            var input = (InputBase?)property.GetValue(activity);
            if (input is null)
            {
                input = (InputBase)Activator.CreateInstance(property.PropertyType)!;
                property.SetValue(activity, input);
            }

            var json = activity.Node.GetProperty(ActivityMetadata.JsonName(property.Name));
            var expression = ReadExpression(json);
            if (expression is null)
                continue;
            input.Source = expression;
            input.Expression = CompileExpression(expression, input.ValueType, activity.Node.Id, ActivityMetadata.JsonName(property.Name));
        }

        foreach (var property in ActivityMetadata.Outputs(type))
        {
            var output = (OutputBase?)property.GetValue(activity);
            if (output is null)
            {
                output = (OutputBase)Activator.CreateInstance(property.PropertyType)!;
                property.SetValue(activity, output);
            }

            output.Target = ReadMemoryReference(activity.Node.GetProperty(ActivityMetadata.JsonName(property.Name)));
        }
    }

    /// <summary>Compiles an expression; a syntax error becomes an issue and a run-time fault.</summary>
    public CompiledExpression CompileExpression(ExpressionDefinition expression, Type targetType, string activityId, string property)
    {
        try
        {
            return _compiler.Expressions.Compile(expression, targetType);
        }
        catch (ExpressionCompileException e)
        {
            var rule = e.Message.StartsWith("Expression type", StringComparison.Ordinal) ? ValidationRules.UnknownExpressionType : ValidationRules.ExpressionSyntax;
            Issues.Add(new ValidationIssue(ValidationSeverity.Error, rule, e.Message, activityId, property));
            return new FailingExpression($"Activity '{activityId}', property '{property}': {e.Message}");
        }
    }

    /// <summary>Reads <c>{typeName, expression:{type,value}}</c>, a bare <c>{type,value}</c>, or a plain JSON value (a literal).</summary>
    public static ExpressionDefinition? ReadExpression(JsonNode? json)
    {
        switch (json)
        {
            case null:
                return null;
            case JsonObject wrapper when wrapper["expression"] is JsonObject expression:
                return ReadTyped(expression);
            case JsonObject wrapper when wrapper.ContainsKey("expression") || wrapper.ContainsKey("typeName") || wrapper.ContainsKey("memoryReference"):
                return null;
            case JsonObject bare when bare["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String && bare.ContainsKey("value") && bare.Count <= 3:
                return ReadTyped(bare);
            default:
                return new ExpressionDefinition("Literal", json);
        }
    }

    private static ExpressionDefinition? ReadTyped(JsonObject expression)
    {
        var type = expression["type"]?.GetValue<string>();
        return string.IsNullOrEmpty(type) ? null : new ExpressionDefinition(type, expression["value"]);
    }

    public static string? ReadMemoryReference(JsonNode? json) =>
        json is JsonObject o && o["memoryReference"] is JsonObject reference && reference["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String
            ? id.GetValue<string>()
            : null;

    private sealed class FailingExpression(string message) : CompiledExpression
    {
        public override object? Evaluate(IExpressionScope scope) => throw new ExpressionEvaluationException(message);
    }
}
