using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Host.Cli;

/// <summary>Turns <c>--input key=value</c> arguments into workflow input.</summary>
public static class InputArguments
{
    /// <summary>
    /// A value that parses as JSON is taken as JSON (<c>count=3</c> is a number, <c>tags=["a"]</c> a list);
    /// anything else is the literal string, so <c>name=Alice</c> needs no quoting.
    /// </summary>
    public static Dictionary<string, object?> Parse(IEnumerable<string> arguments)
    {
        var input = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var equals = argument.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                throw new UsageException($"--input expects key=value, got '{argument}'.");
            input[argument[..equals]] = ParseValue(argument[(equals + 1)..]);
        }

        return input;
    }

    public static object? ParseValue(string text)
    {
        try
        {
            return JsonValues.FromNode(JsonNode.Parse(text));
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
