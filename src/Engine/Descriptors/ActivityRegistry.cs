using System.Reflection;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Engine.Descriptors;

/// <summary>The activity types an engine can run, by Elsa type name, with their descriptors.</summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActivityDescriptor> _descriptors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _unsupported = new(StringComparer.Ordinal);

    /// <summary>A registry with every built-in activity of this assembly.</summary>
    public static ActivityRegistry CreateDefault()
    {
        var registry = new ActivityRegistry();
        registry.RegisterAssembly(typeof(ActivityRegistry).Assembly);
        registry.DeclareUnsupported("Elsa.RunCSharp", "Elsa.RunCSharp is not supported: C# scripts cannot run here; use Elsa.RunJavaScript.");
        return registry;
    }

    public IEnumerable<ActivityDescriptor> Descriptors => _descriptors.Values.OrderBy(d => d.Category).ThenBy(d => d.TypeName);

    /// <summary>Registers every concrete activity class with an <see cref="ActivityAttribute"/> in the assembly.</summary>
    public void RegisterAssembly(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
        {
            if (!type.IsAbstract && typeof(Activity).IsAssignableFrom(type) && ActivityMetadata.Of(type) is not null)
                Register(type);
        }
    }

    public void Register<T>() where T : Activity, new() => Register(typeof(T));

    public void Register(Type type)
    {
        var attribute = ActivityMetadata.Of(type) ?? throw new ArgumentException($"{type.Name} has no [Activity] attribute.", nameof(type));
        _types[attribute.TypeName] = type;
        _unsupported.Remove(attribute.TypeName);
        _descriptors[attribute.TypeName] = Describe(type, attribute);
    }

    /// <summary>Names a type we know of but cannot run here, so validation can say why instead of "unknown".</summary>
    public void DeclareUnsupported(string typeName, string reason)
    {
        if (!_types.ContainsKey(typeName))
            _unsupported[typeName] = reason;
    }

    public bool TryGetType(string typeName, out Type type) => _types.TryGetValue(typeName, out type!);

    public string? UnsupportedReason(string typeName) => _unsupported.GetValueOrDefault(typeName);

    public ActivityDescriptor? Find(string typeName) => _descriptors.GetValueOrDefault(typeName);

    /// <summary>Describes a workflow definition used as an activity.</summary>
    public static ActivityDescriptor DescribeDefinition(WorkflowDefinition definition) => new(
        definition.ActivityTypeName,
        definition.Extra["category"]?.GetValue<string>() ?? "Workflows",
        definition.Name ?? definition.DefinitionId,
        definition.Description ?? "",
        nameof(ActivityKind.Action),
        definition.Inputs.Select(i => new InputDescriptor(i.Name, i.TypeName, "singleline", i.Extra["displayName"]?.GetValue<string>() ?? i.Name, i.Extra["description"]?.GetValue<string>(), JsonValues.FromNode(i.DefaultValue), false, null, null)).ToList(),
        definition.Outputs.Select(o => new OutputDescriptor(o.Name, o.TypeName, o.Extra["displayName"]?.GetValue<string>() ?? o.Name, o.Extra["description"]?.GetValue<string>())).ToList(),
        definition.Outcomes.Count > 0 ? definition.Outcomes : ["Done"],
        DefinitionId: definition.DefinitionId);

    private static ActivityDescriptor Describe(Type type, ActivityAttribute attribute)
    {
        var inputs = ActivityMetadata.Inputs(type).Select(p =>
        {
            var meta = p.GetCustomAttribute<InputAttribute>();
            var valueType = p.PropertyType.GetGenericArguments()[0];
            var options = meta?.Options ?? (valueType.IsEnum ? Enum.GetNames(valueType) : null);
            return new InputDescriptor(
                ActivityMetadata.JsonName(p.Name),
                TypeName(valueType),
                meta?.UIHint ?? DefaultUIHint(valueType, options),
                meta?.DisplayName ?? p.Name,
                meta?.Description,
                meta?.DefaultValue,
                meta?.IsRequired ?? false,
                options,
                meta?.Category);
        }).ToList();
        var outputs = ActivityMetadata.Outputs(type).Select(p =>
        {
            var meta = p.GetCustomAttribute<OutputAttribute>();
            return new OutputDescriptor(ActivityMetadata.JsonName(p.Name), TypeName(p.PropertyType.GetGenericArguments()[0]), meta?.DisplayName ?? p.Name, meta?.Description);
        }).ToList();
        return new ActivityDescriptor(
            attribute.TypeName,
            attribute.Category,
            attribute.DisplayName ?? attribute.TypeName[(attribute.TypeName.LastIndexOf('.') + 1)..],
            attribute.Description,
            attribute.Kind.ToString(),
            inputs,
            outputs,
            attribute.Outcomes,
            typeof(IContainerActivity).IsAssignableFrom(type));
    }

    private static string TypeName(Type type) => type switch
    {
        _ when type == typeof(object) => "Object",
        _ when type.IsArray => TypeName(type.GetElementType()!) + "[]",
        _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) => TypeName(type.GetGenericArguments()[0]) + "[]",
        _ => type.Name,
    };

    private static string DefaultUIHint(Type type, string[]? options) => type switch
    {
        _ when options is not null => "dropdown",
        _ when type == typeof(bool) => "checkbox",
        _ when type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)) => "multitext",
        _ => "singleline",
    };
}
