using IncidentWorkflows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentWorkflows.Persistence.Configuration;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).HasMaxLength(100);
        builder.Property(m => m.IdempotencyKey).HasMaxLength(200);
        builder.Property(m => m.InstanceId).HasMaxLength(64);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.HasIndex(m => new { m.SentAt, m.DeadLetteredAt, m.AvailableAt });
    }
}
