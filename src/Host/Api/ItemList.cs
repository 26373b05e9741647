namespace IncidentWorkflows.Host.Api;

/// <summary>An unpaged list with its size (the envelope Elsa's list endpoints use, so clients written for it fit).</summary>
public sealed record ItemList<T>(IReadOnlyList<T> Items, int Count)
{
    public static ItemList<T> Of(IReadOnlyList<T> items) => new(items, items.Count);
}
