using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Http;

/// <summary>
/// Receives an HTTP request under <c>/workflows/{path}</c>: as a trigger it starts the workflow, inside a flow it
/// waits for the request. The host passes the request (method, path, query, headers, body) as the trigger or
/// resume input; this activity exposes it as outputs.
/// </summary>
[Activity("Elsa.HttpEndpoint", "HTTP", "Starts or resumes the workflow when an HTTP request arrives at /workflows/{path}.", DisplayName = "HTTP Endpoint", Kind = ActivityKind.Trigger)]
public sealed class HttpEndpoint : Activity
{
    public const string StimulusName = "Elsa.HttpEndpoint";

    [Input(Description = "The path under /workflows/, e.g. 'orders/{id}'.", IsRequired = true)]
    public Input<string> Path { get; set; } = new();

    [Input(Description = "The HTTP methods accepted.", DefaultValue = new[] { "GET" }, UIHint = "check-list", Options = ["GET", "POST", "PUT", "PATCH", "DELETE"])]
    public Input<List<string>> SupportedMethods { get; set; } = new(["GET"]);

    [Input(Description = "Require an authenticated caller.")]
    public Input<bool> Authorize { get; set; } = new();

    [Input(Description = "The authorization policy the caller must satisfy (when Authorize is on).")]
    public Input<string> Policy { get; set; } = new();

    [Output(Description = "The request body, parsed as JSON when it is JSON, else text.")]
    public Output<object> ParsedContent { get; set; } = new();

    [Output(Description = "Query string values.")]
    public Output<object> QueryStringData { get; set; } = new();

    [Output(Description = "Request headers.")]
    public Output<object> Headers { get; set; } = new();

    [Output(Description = "Values of the path's {placeholders}.")]
    public Output<object> RouteData { get; set; } = new();

    /// <summary>Normalised route key: lower case, no leading or trailing slash.</summary>
    public static string NormalizePath(string path) => path.Trim().Trim('/').ToLowerInvariant();

    public override IEnumerable<IReadOnlyDictionary<string, string>> TriggerPayloads()
    {
        if (Path.Expression is not Expressions.ConstantExpression { Value: string path })
            yield break;
        var methods = SupportedMethods.Expression is Expressions.ConstantExpression { Value: List<string> list } ? list : SupportedMethods.Default ?? ["GET"];
        foreach (var method in methods)
            yield return Payload(path, method);
    }

    public static Dictionary<string, string> Payload(string path, string method) => new()
    {
        ["path"] = NormalizePath(path),
        ["method"] = method.ToUpperInvariant(),
    };

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.ConsumeTrigger())
            return CompleteWithRequestAsync(context);

        var path = context.Get(Path) ?? "";
        foreach (var method in context.Get(SupportedMethods) ?? ["GET"])
            context.CreateBookmark(StimulusName, Payload(path, method));
        return default;
    }

    protected internal override ValueTask OnResumeAsync(ActivityExecutionContext context, Bookmark bookmark) => CompleteWithRequestAsync(context);

    private ValueTask CompleteWithRequestAsync(ActivityExecutionContext context)
    {
        var request = context.Workflow.ResumeInput;
        context.Set(ParsedContent, request.GetValueOrDefault("body"), nameof(ParsedContent));
        context.Set(QueryStringData, request.GetValueOrDefault("query"), nameof(QueryStringData));
        context.Set(Headers, request.GetValueOrDefault("headers"), nameof(Headers));
        context.Set(RouteData, request.GetValueOrDefault("route"), nameof(RouteData));
        return context.CompleteAsync();
    }
}
