using IncidentWorkflows.Incidents.Sla;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentWorkflows.Persistence.Tickets.Mapping;

/// <summary>Maps a value object to one JSON text column; the same text on SQLite and PostgreSQL.</summary>
internal static class JsonColumns
{
    /// <summary>
    /// For immutable records (the details of the current status): record equality tells EF Core whether the value
    /// changed, and the same instance can serve as the snapshot.
    /// </summary>
    public static PropertyBuilder<T?> HasJsonConversion<T>(this PropertyBuilder<T?> property)
        where T : class =>
        property.HasConversion(value => StoredJson.Serialize(value!), json => StoredJson.Deserialize<T>(json));

    /// <summary>
    /// The SLA clock set is changed in place by the ticket, so EF Core compares it by its serialized snapshot and keeps a
    /// deep copy as the original value; otherwise a paused clock would never be saved.
    /// </summary>
    public static PropertyBuilder<SlaClockSet> HasSnapshotConversion(this PropertyBuilder<SlaClockSet> property) =>
        property.HasConversion(
            clocks => StoredJson.Serialize(clocks.ToSnapshot()),
            json => SlaClockSet.FromSnapshot(StoredJson.Deserialize<SlaClockSetSnapshot>(json)),
            new ValueComparer<SlaClockSet>(
                (left, right) => ReferenceEquals(left, right) || (left != null && right != null && Text(left) == Text(right)),
                clocks => Text(clocks).GetHashCode(StringComparison.Ordinal),
                clocks => SlaClockSet.FromSnapshot(clocks.ToSnapshot())));

    private static string Text(SlaClockSet clocks) => StoredJson.Serialize(clocks.ToSnapshot());
}
