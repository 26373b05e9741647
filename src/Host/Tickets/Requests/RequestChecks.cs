using IncidentWorkflows.Engine.Validation;
using IncidentWorkflows.Persistence.Runtime;

namespace IncidentWorkflows.Host.Tickets.Requests;

/// <summary>
/// Checks on a request body before the domain sees it (required choices, lengths the database keeps, enum values sent as
/// numbers). Every problem is collected; the answer is one 400 naming the first field, like the rest of the API.
/// </summary>
public sealed class RequestChecks
{
    public const string Required = "required";
    public const string TooLong = "too-long";
    public const string InvalidValue = "invalid-value";

    private readonly List<ValidationIssue> issues = [];

    public RequestChecks Require<T>(string field, T? value, string message)
    {
        if (value is null || (value is string text && string.IsNullOrWhiteSpace(text)))
            Add(field, Required, message);
        return this;
    }

    public RequestChecks MaxLength(string field, string? value, int max)
    {
        if (value?.Length > max)
            Add(field, TooLong, $"{field} has at most {max} characters.");
        return this;
    }

    public RequestChecks Defined<TEnum>(string field, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } given && !Enum.IsDefined(given))
            Add(field, InvalidValue, $"{given} is not a valid {field}; use one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
        return this;
    }

    public RequestChecks Defined<TEnum>(string field, TEnum value)
        where TEnum : struct, Enum => Defined(field, (TEnum?)value);

    public RequestChecks Check(bool holds, string field, string rule, string message)
    {
        if (!holds)
            Add(field, rule, message);
        return this;
    }

    public void ThrowIfAny()
    {
        if (issues.Count > 0)
            throw new InvalidRequestException(issues[0].Rule, issues[0].Message, issues);
    }

    private void Add(string field, string rule, string message) =>
        issues.Add(new ValidationIssue(ValidationSeverity.Error, rule, message, Property: field));
}
