namespace IncidentWorkflows.Engine.Serialization;

/// <summary>The text is not a workflow definition we can read; <see cref="Path"/> says where.</summary>
public sealed class WorkflowJsonException(string message, string path, Exception? inner = null) : Exception(message, inner)
{
    public string Path { get; } = path;
}
