using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence.Queries;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.AspNetCore.Mvc;

namespace IncidentWorkflows.Host.Instances;

/// <summary>
/// The query string of the instance list. Pages are zero-based; statuses are matched by name, any case.
/// The names are given explicitly so the OpenAPI document shows the camelCase names clients send.
/// </summary>
public sealed record InstanceListQuery(
    [FromQuery(Name = "definitionId")] string? DefinitionId,
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "subStatus")] string? SubStatus,
    [FromQuery(Name = "correlationId")] string? CorrelationId,
    [FromQuery(Name = "search")] string? Search,
    [FromQuery(Name = "page")] int? Page,
    [FromQuery(Name = "pageSize")] int? PageSize)
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
