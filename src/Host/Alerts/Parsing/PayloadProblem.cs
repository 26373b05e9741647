using IncidentWorkflows.Engine.Validation;
using IncidentWorkflows.Persistence.Runtime;

namespace IncidentWorkflows.Host.Alerts.Parsing;

/// <summary>A payload the parser cannot take: a 400 naming the field (a JSON path like <c>alerts[1].fingerprint</c>) and the rule.</summary>
public static class PayloadProblem
{
    public const string Required = "required";
    public const string WrongType = "wrong-type";
    public const string InvalidValue = "invalid-value";
    public const string InvalidJson = "invalid-json";

    public static InvalidRequestException At(string field, string rule, string message) =>
        new(rule, message, [new ValidationIssue(ValidationSeverity.Error, rule, message, Property: field)]);
}
