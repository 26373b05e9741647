using IncidentWorkflows.Engine.Validation;
using IncidentWorkflows.Persistence.Runtime;

namespace IncidentWorkflows.Host.Security;

/// <summary>400 problems naming the field and rule, as every bad input of the API does.</summary>
internal static class SecurityHandlersProblems
{
    public static InvalidRequestException Invalid(string field, string rule, string message) =>
        new(rule, message, [new ValidationIssue(ValidationSeverity.Error, rule, message, Property: field)]);
}
