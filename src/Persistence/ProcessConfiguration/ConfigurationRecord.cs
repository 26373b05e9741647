namespace IncidentWorkflows.Persistence.ProcessConfiguration;

/// <summary>
/// One kind of process configuration (see <see cref="ConfigurationKinds"/>) as a JSON document. Each kind is edited
/// and validated as a whole by the process owner, so one document per kind is the natural unit; the version lets an
/// editor refuse to overwrite a change made since it read the document.
/// </summary>
public sealed class ConfigurationRecord
{
    public string Kind { get; set; } = "";

    public string Document { get; set; } = "";

    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}
