using System.Text.Json;
using IncidentWorkflows.Engine.Values;
using IncidentWorkflows.Persistence.Security;

namespace IncidentWorkflows.Activities.Security;

/// <summary>Reads report fields given to an activity as an object (a task's form data) or JSON text; unknown names are ignored.</summary>
internal static class ReportContent
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static SecurityReportContent From(object? value)
    {
        if (ValueConverter.Normalize(value) is not { } plain || plain is string { Length: 0 })
            return new SecurityReportContent();
        var json = plain is string text ? text : JsonValues.ToJson(plain);
        return JsonSerializer.Deserialize<SecurityReportContent>(json, Options) ?? new SecurityReportContent();
    }
}
