using IncidentWorkflows.Host.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Admin;

/// <summary>The non-validation errors of the administration endpoints, each with its stable type.</summary>
public static class AdminProblems
{
    public static ProblemHttpResult NotFound(string what, string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.Uri(ProblemTypes.NotFound), title: "Not found", detail: $"No {what} with id '{id}'.");

    public static ProblemHttpResult Conflict(string rule, string title, string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, type: ProblemTypes.Uri(rule), title: title, detail: detail);
}
