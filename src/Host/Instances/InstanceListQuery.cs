using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence.Queries;
using IncidentWorkflows.Persistence.Runtime;

namespace IncidentWorkflows.Host.Instances;

/// <summary>The query string of the instance list. Pages are zero-based; statuses are matched by name, any case.</summary>
public sealed record InstanceListQuery(string? DefinitionId, string? Status, string? SubStatus, string? CorrelationId, string? Search, int? Page, int? PageSize)
{
    public InstanceFilter ToFilter() => new(
        DefinitionId,
        NameOf<WorkflowStatus>(Status, "status"),
        NameOf<WorkflowSubStatus>(SubStatus, "subStatus"),
        CorrelationId,
        Search,
        Page ?? 0,
        PageSize ?? 50);

    /// <summary>Stored statuses are enum names; a misspelt filter would silently match nothing, so it is refused instead.</summary>
    private static string? NameOf<TEnum>(string? value, string parameter)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (!int.TryParse(value, out _) && Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed))
            return parsed.ToString();
        throw new InvalidRequestException("invalid-filter", $"'{value}' is not a valid {parameter}; use one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
    }
}
