namespace IncidentWorkflows.Persistence.Runtime;

/// <summary>A failure the caller can act on; <see cref="Type"/> is the stable ProblemDetails type suffix.</summary>
public abstract class RuntimeException(string type, string message) : Exception(message)
{
    public string Type { get; } = type;
}

/// <summary>The definition, instance or bookmark does not exist (HTTP 404).</summary>
public sealed class NotFoundException(string type, string message) : RuntimeException(type, message);

/// <summary>The request lost a race or contradicts the current state (HTTP 409).</summary>
public sealed class ConflictException(string type, string message) : RuntimeException(type, message);

/// <summary>The request itself is wrong (HTTP 400): an invalid definition, a bad input.</summary>
public sealed class InvalidRequestException(string type, string message, IReadOnlyList<Engine.Validation.ValidationIssue>? issues = null) : RuntimeException(type, message)
{
    public IReadOnlyList<Engine.Validation.ValidationIssue> Issues { get; } = issues ?? [];
}
