using System.Collections.Concurrent;
using System.Reflection;

namespace IncidentWorkflows.Engine.Activities;

/// <summary>Reflection over activity classes, done once per type.</summary>
public static class ActivityMetadata
{
    private static readonly ConcurrentDictionary<Type, ActivityAttribute?> Attributes = new();
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> InputProperties = new();
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> OutputProperties = new();

    public static ActivityAttribute? Of(Type type) =>
        Attributes.GetOrAdd(type, t => t.GetCustomAttribute<ActivityAttribute>());

    public static PropertyInfo[] Inputs(Type type) =>
        InputProperties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => typeof(InputBase).IsAssignableFrom(p.PropertyType))
            .ToArray());

    public static PropertyInfo[] Outputs(Type type) =>
        OutputProperties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => typeof(OutputBase).IsAssignableFrom(p.PropertyType))
            .ToArray());

    /// <summary>JSON property name of a C# property: camelCase, as Elsa writes it.</summary>
    public static string JsonName(string propertyName) =>
        propertyName.Length == 0 ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
}
