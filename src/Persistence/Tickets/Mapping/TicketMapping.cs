using IncidentWorkflows.Incidents.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentWorkflows.Persistence.Tickets.Mapping;

/// <summary>
/// The ticket aggregate as the domain defines it (private setters, field-backed collections): one row per ticket, its
/// SLA clocks and the details of its current status as JSON columns, tasks, comments and timeline in tables of their own.
/// Enums are stored by name, readable in the database and safe against reordering.
/// </summary>
internal sealed class TicketMapping : IEntityTypeConfiguration<Ticket>
{
    /// <summary>Shadow column bumped by every change; the bump is also the row lock that serializes changes (<see cref="TicketLocks"/>).</summary>
    public const string Version = "Version";

    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.ToTable("tickets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(t => new { t.Kind, t.Number }).IsUnique();
        builder.Property<long>(Version);

        builder.Property(t => t.Title).HasMaxLength(TicketLimits.Title);
        builder.Property(t => t.Category).HasMaxLength(TicketLimits.Name);
        builder.Property(t => t.Subcategory).HasMaxLength(TicketLimits.Name);
        builder.Property(t => t.Severity).HasConversion<string>().HasMaxLength(2);
        builder.Property(t => t.SeverityCriterion).HasMaxLength(TicketLimits.Name);
        builder.Property(t => t.Priority).HasConversion<string>().HasMaxLength(2);
        builder.Property(t => t.PriorityCriterion).HasMaxLength(TicketLimits.Name);
        builder.Property(t => t.RequesterId).HasMaxLength(TicketLimits.Person);
        builder.Property(t => t.RequesterOrganization).HasMaxLength(TicketLimits.Person);
        builder.PrimitiveCollection(t => t.AffectedServices).HasField("affectedServices");
        builder.Property(t => t.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.DetectionSource).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.SupportGroupId).HasMaxLength(TicketLimits.Name);
        builder.Property(t => t.SupportLevel).HasConversion<string>().HasMaxLength(2);
        builder.Property(t => t.AssigneeId).HasMaxLength(TicketLimits.Person);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);

        builder.Property(t => t.Pending).HasJsonConversion();
        builder.Property(t => t.Escalation).HasJsonConversion();
        builder.Property(t => t.Resolution).HasJsonConversion();
        builder.Property(t => t.Closure).HasJsonConversion();
        builder.Property(t => t.Cancellation).HasJsonConversion();
        builder.Property(t => t.Sla).HasSnapshotConversion();

        builder.HasMany(t => t.Tasks).WithOne().HasForeignKey(TicketChildMapping.TicketId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Comments).WithOne().HasForeignKey(TicketChildMapping.TicketId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Timeline).WithOne().HasForeignKey(TicketChildMapping.TicketId).IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(t => t.Tasks).HasField("tasks");
        builder.Navigation(t => t.Comments).HasField("comments");
        builder.Navigation(t => t.Timeline).HasField("timeline");

        // The list's filters: the queue of a group or an engineer, a requester's own tickets, open work by status.
        builder.HasIndex(t => new { t.Status, t.CreatedAt });
        builder.HasIndex(t => new { t.SupportGroupId, t.Status });
        builder.HasIndex(t => t.AssigneeId);
        builder.HasIndex(t => t.RequesterId);
        builder.HasIndex(t => t.CreatedAt);
    }
}
