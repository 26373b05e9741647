namespace IncidentWorkflows.Host.Notifications.Templates;

/// <summary>A rendered notice: a one-line subject and a text body, an HTML body, or both.</summary>
public sealed record RenderedNotice(string Subject, string? Text, string? Html);
