using System.Net;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Values;

namespace IncidentWorkflows.Engine.Activities.Http;

/// <summary>The response a workflow wrote for the HTTP request that started or resumed it.</summary>
public sealed record WorkflowHttpResponse(int StatusCode, string? Content, string ContentType, IReadOnlyDictionary<string, string> Headers);

/// <summary>Writes the HTTP response of the request that started or resumed this burst (the host sends it after commit).</summary>
[Activity("Elsa.WriteHttpResponse", "HTTP", "Writes the response to the HTTP request that started or resumed the workflow.", DisplayName = "HTTP Response")]
public sealed class WriteHttpResponse : Activity
{
    public const string TransientKey = "HttpResponse";

    [Input(Description = "The status code (a number or a name such as OK, Created, NotFound).", DefaultValue = "OK")]
    public Input<string> StatusCode { get; set; } = new("OK");

    [Input(Description = "The body: text, or an object written as JSON.")]
    public Input<object> Content { get; set; } = new();

    [Input(Description = "The content type; by default text/plain for text and application/json for objects.")]
    public Input<string> ContentType { get; set; } = new();

    [Input(Description = "Extra response headers.")]
    public Input<Dictionary<string, object?>> ResponseHeaders { get; set; } = new();

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var content = ValueConverter.Normalize(context.Get(Content));
        var isText = content is null or string;
        var headers = (context.Get(ResponseHeaders) ?? []).ToDictionary(h => h.Key, h => ValueConverter.ToText(h.Value), StringComparer.OrdinalIgnoreCase);
        context.Workflow.Transient[TransientKey] = new WorkflowHttpResponse(
            ParseStatus(context.Get(StatusCode)),
            isText ? (string?)content : JsonValues.ToJson(content),
            context.Get(ContentType) is { Length: > 0 } type ? type : isText ? "text/plain; charset=utf-8" : "application/json",
            headers);
        return context.CompleteAsync();
    }

    private static int ParseStatus(string? status) =>
        int.TryParse(status, out var code) ? code
        : Enum.TryParse<HttpStatusCode>(status, ignoreCase: true, out var named) ? (int)named
        : 200;
}
