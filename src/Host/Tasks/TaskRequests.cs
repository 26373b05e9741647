using System.Text.Json;

namespace IncidentWorkflows.Host.Tasks;

public sealed record ReassignTaskRequest(string? Assignee, string? Reason);

/// <summary>The outcome (one of the task's buttons) and the form values by field name.</summary>
public sealed record CompleteTaskRequest(string? Outcome, Dictionary<string, JsonElement>? Data);
