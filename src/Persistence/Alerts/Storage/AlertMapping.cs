using IncidentWorkflows.Persistence.Alerts.Integrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentWorkflows.Persistence.Alerts.Storage;

// No relationships between the alert tables: rows without foreign keys go through the group writer's prepared
// statements instead of SaveChanges, which matters at a thousand alerts a second.
internal sealed class AlertIncidentMapping : IEntityTypeConfiguration<AlertIncidentRecord>
{
    public void Configure(EntityTypeBuilder<AlertIncidentRecord> builder)
    {
        builder.ToTable("alert_incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.IntegrationId).HasMaxLength(32);
        builder.Property(i => i.Key).HasMaxLength(IntegrationLimits.Key);
        builder.Property(i => i.TicketNumber).HasMaxLength(32);
        builder.Property(i => i.Workflow).HasMaxLength(IntegrationLimits.Name);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.IntegrationId, i.Key }).IsUnique();
        builder.HasIndex(i => i.TicketNumber);
    }
}

internal sealed class AlertMapping : IEntityTypeConfiguration<AlertRecord>
{
    public void Configure(EntityTypeBuilder<AlertRecord> builder)
    {
        builder.ToTable("alerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.IntegrationId).HasMaxLength(32);
        builder.Property(a => a.SourceKey).HasMaxLength(IntegrationLimits.Key);
        builder.Property(a => a.TicketNumber).HasMaxLength(32);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Title).HasMaxLength(IntegrationLimits.Title);
        builder.Property(a => a.Severity).HasMaxLength(IntegrationLimits.Text);
        builder.Property(a => a.Link).HasMaxLength(2000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.IntegrationId, a.SourceKey }).IsUnique();
        builder.HasIndex(a => a.IncidentId);
        builder.HasIndex(a => a.TicketNumber);
    }
}

internal sealed class AlertEventMapping : IEntityTypeConfiguration<AlertEventRecord>
{
    public void Configure(EntityTypeBuilder<AlertEventRecord> builder)
    {
        builder.ToTable("alert_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.TicketNumber).HasMaxLength(32);
        builder.HasIndex(e => new { e.AlertId, e.At });
    }
}

internal sealed class AlertDeliveryMapping : IEntityTypeConfiguration<AlertDeliveryRecord>
{
    public void Configure(EntityTypeBuilder<AlertDeliveryRecord> builder)
    {
        builder.ToTable("alert_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.IntegrationId).HasMaxLength(32);
        builder.HasIndex(d => new { d.IntegrationId, d.ReceivedAt });
    }
}
