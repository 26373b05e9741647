using System.Text.Json;
using IncidentWorkflows.Engine.Serialization;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace IncidentWorkflows.Host.Errors;

/// <summary>
/// Turns the failures a caller can act on into ProblemDetails: runtime errors by their kind (404, 409, 400), unreadable
/// request bodies and parameters into 400 naming the problem. Anything else stays a 500 (logged, no details leaked).
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem is null)
            return false;

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        InvalidRequestException e => WithField(WithIssues(Create(StatusCodes.Status400BadRequest, e.Type, e.Message), e.Issues.Select(ProblemIssue.From)), e),
        NotFoundException e => Create(StatusCodes.Status404NotFound, e.Type, e.Message),
        ConflictException e => Create(StatusCodes.Status409Conflict, e.Type, e.Message),
        WorkflowJsonException e => Create(StatusCodes.Status400BadRequest, ProblemTypes.InvalidJson, $"Not a workflow definition: {e.Message} (at {e.Path})."),
        JsonException e => Create(StatusCodes.Status400BadRequest, ProblemTypes.InvalidJson, $"The request body is not valid JSON: {e.Message}"),
        BadHttpRequestException { InnerException: JsonException json } => Create(StatusCodes.Status400BadRequest, ProblemTypes.InvalidJson, $"The request body is not valid JSON: {json.Message}"),
        BadHttpRequestException e => Create(e.StatusCode, NameFor(e.StatusCode), e.Message),
        _ => null,
    };

    private static string NameFor(int status) => ProblemTypes.ForStatus(status)[ProblemTypes.BaseUri.Length..];

    public static ProblemDetails Create(int status, string type, string detail) => new()
    {
        Status = status,
        Type = ProblemTypes.Uri(type),
        Title = ProblemTypes.Title(type),
        Detail = detail,
    };

    /// <summary>
    /// A request field at fault (not a property of a workflow activity) is named the way the API's other validation
    /// problems name it: <c>field</c> and <c>rule</c> of the first issue, and <c>errors</c> mapping fields to messages.
    /// </summary>
    private static ProblemDetails WithField(ProblemDetails problem, InvalidRequestException exception)
    {
        var fields = exception.Issues.Where(i => i.ActivityId is null && i.Property is not null).ToList();
        if (fields.Count == 0)
            return problem;
        problem.Extensions["field"] = fields[0].Property;
        problem.Extensions["rule"] = fields[0].Rule;
        problem.Extensions["errors"] = fields.GroupBy(i => i.Property!).ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToArray());
        return problem;
    }

    private static ProblemDetails WithIssues(ProblemDetails problem, IEnumerable<ProblemIssue> issues)
    {
        var list = issues.ToList();
        if (list.Count > 0)
            problem.Extensions["issues"] = list;
        return problem;
    }
}
