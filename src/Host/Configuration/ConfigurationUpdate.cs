namespace IncidentWorkflows.Host.Configuration;

/// <summary>
/// A whole configuration document. <c>version</c> is optional: when given it must be the version read, so an editor does
/// not overwrite a change made meanwhile (409 <c>configuration-changed</c>).
/// </summary>
public sealed record ConfigurationUpdate<T>(IReadOnlyList<T>? Items, int? Version);
