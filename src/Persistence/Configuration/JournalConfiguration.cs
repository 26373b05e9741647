using IncidentWorkflows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentWorkflows.Persistence.Configuration;

internal sealed class JournalConfiguration : IEntityTypeConfiguration<JournalRecord>
{
    public void Configure(EntityTypeBuilder<JournalRecord> builder)
    {
        builder.ToTable("journal");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.InstanceId).HasMaxLength(64);
        builder.Property(j => j.ActivityId).HasMaxLength(200);
        builder.Property(j => j.ActivityType).HasMaxLength(200);
        builder.Property(j => j.EventName).HasMaxLength(40);
        builder.HasIndex(j => new { j.InstanceId, j.Id });
        builder.HasIndex(j => j.Timestamp);
    }
}
