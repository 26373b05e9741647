using IncidentWorkflows.Incidents.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentWorkflows.Persistence.Tickets.Numbering;

/// <summary>One counter row per kind, created by the migration, so taking a number is always an UPDATE of an existing row.</summary>
internal sealed class TicketCounterMapping : IEntityTypeConfiguration<TicketCounter>
{
    public const string Table = "ticket_counters";

    public void Configure(EntityTypeBuilder<TicketCounter> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(c => c.Kind);
        builder.Property(c => c.Kind).HasMaxLength(20);
        builder.HasData(Enum.GetValues<TicketKind>().Select(kind => new TicketCounter { Kind = kind.ToString(), LastNumber = 0 }));
    }
}
