using IncidentWorkflows.Engine.Activities.Http;
using Microsoft.AspNetCore.Diagnostics;

namespace IncidentWorkflows.Host.HttpTriggers;

/// <summary>Sends the response an <c>Elsa.WriteHttpResponse</c> activity wrote, exactly as the workflow chose it.</summary>
public sealed class WorkflowHttpResult(WorkflowHttpResponse response) : IResult
{
    // Set by the server from the body; a workflow copying them from elsewhere would corrupt the response.
    private static readonly HashSet<string> ServerHeaders = new(StringComparer.OrdinalIgnoreCase) { "Content-Length", "Transfer-Encoding", "Content-Type", "Connection" };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        // A workflow answering 404 without a body means exactly that; the API's problem pages must not add one.
        if (httpContext.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
            statusPages.Enabled = false;

        var http = httpContext.Response;
        http.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            if (!ServerHeaders.Contains(name))
                http.Headers[name] = value;
        }

        if (response.Content is null)
            return;
        http.ContentType = response.ContentType;
        await http.WriteAsync(response.Content, httpContext.RequestAborted);
    }
}
