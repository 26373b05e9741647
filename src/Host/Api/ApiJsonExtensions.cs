using System.Text.Json.Serialization;

namespace IncidentWorkflows.Host.Api;

public static class ApiJsonExtensions
{
    /// <summary>Statuses and severities travel as names ("Finished", not 1): readable, and stable if an enum is reordered.</summary>
    public static IServiceCollection AddApiJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
}
