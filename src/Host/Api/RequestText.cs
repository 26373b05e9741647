using IncidentWorkflows.Persistence.Runtime;

namespace IncidentWorkflows.Host.Api;

/// <summary>Reads bodies the API takes as documents (workflow definitions), which are stored as written rather than bound to a type.</summary>
public static class RequestText
{
    public static async Task<string> ReadRequiredAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        return string.IsNullOrWhiteSpace(text)
            ? throw new InvalidRequestException("empty-body", "The request body is empty; send a workflow definition as JSON.")
            : text;
    }
}
