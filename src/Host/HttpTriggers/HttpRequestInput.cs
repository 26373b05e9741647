using System.Text.Json;
using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Values;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.Extensions.Primitives;

namespace IncidentWorkflows.Host.HttpTriggers;

/// <summary>
/// The request as the <c>Elsa.HttpEndpoint</c> activity receives it (keys method, path, query, headers, body, route).
/// Credentials are left out: the input is stored with the instance and shown in its journal.
/// </summary>
public static class HttpRequestInput
{
    private static readonly HashSet<string> CredentialHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", Auth.ApiKeyAuthenticationHandler.HeaderName,
    };

    public static async Task<Dictionary<string, object?>> ReadAsync(HttpRequest request, string path, IReadOnlyDictionary<string, object?> route, CancellationToken cancellationToken) => new(StringComparer.Ordinal)
    {
        ["method"] = request.Method.ToUpperInvariant(),
        ["path"] = "/" + path,
        ["query"] = ToValues(request.Query),
        ["headers"] = ToValues(request.Headers.Where(h => !CredentialHeaders.Contains(h.Key))),
        ["body"] = await ReadBodyAsync(request, cancellationToken),
        ["route"] = new Dictionary<string, object?>(route, StringComparer.Ordinal),
    };

    /// <summary>JSON is parsed, forms become a dictionary, anything else is text; no body is null.</summary>
    private static async Task<object?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
            return ToValues(await request.ReadFormAsync(cancellationToken));
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (text.Length == 0)
            return null;
        if (!request.HasJsonContentType())
            return text;
        try
        {
            return JsonValues.FromNode(JsonNode.Parse(text));
        }
        catch (JsonException e)
        {
            throw new InvalidRequestException("invalid-json", $"The request body is not valid JSON: {e.Message}");
        }
    }

    /// <summary>One value as a string, several as a list (a query like <c>?tag=a&amp;tag=b</c>).</summary>
    private static Dictionary<string, object?> ToValues(IEnumerable<KeyValuePair<string, StringValues>> values) =>
        values.ToDictionary(p => p.Key, p => p.Value.Count == 1 ? p.Value[0] : (object?)p.Value.Select(v => (object?)v).ToList(), StringComparer.OrdinalIgnoreCase);
}
