using IncidentWorkflows.Host.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Admin;

/// <summary>
/// What is wrong with a request, gathered so the caller sees every problem at once. The answer is one 400
/// ProblemDetails: <c>type</c> names the first rule broken (<c>https://incidentworkflows.dev/problems/RULE</c>),
/// <c>field</c> and <c>rule</c> repeat it, <c>issues</c> lists all of them in the shape every validation problem of
/// the API uses (the field as <c>property</c>), and <c>errors</c> has the field → messages map that form libraries read.
/// </summary>
public sealed class Violations
{
    private readonly List<Violation> _items = [];

    public bool Any => _items.Count > 0;

    public void Add(string field, string rule, string message) => _items.Add(new Violation(field, rule, message));

    public bool Has(string field) => _items.Exists(v => v.Field == field);

    public ValidationProblem ToProblem()
    {
        var first = _items[0];
        var errors = _items.GroupBy(v => v.Field).ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray());
        return TypedResults.ValidationProblem(
            errors,
            detail: first.Message,
            title: "The request is not valid",
            type: ProblemTypes.Uri(first.Rule),
            extensions: new Dictionary<string, object?> { ["field"] = first.Field, ["rule"] = first.Rule, ["issues"] = _items.Select(v => new ProblemIssue("error", v.Rule, v.Message, null, v.Field)).ToList() });
    }

    public sealed record Violation(string Field, string Rule, string Message);
}
