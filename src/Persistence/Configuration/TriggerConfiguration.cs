using IncidentWorkflows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentWorkflows.Persistence.Configuration;

internal sealed class TriggerConfiguration : IEntityTypeConfiguration<TriggerRecord>
{
    public void Configure(EntityTypeBuilder<TriggerRecord> builder)
    {
        builder.ToTable("triggers");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.DefinitionId).HasMaxLength(200);
        builder.Property(t => t.DefinitionVersionId).HasMaxLength(200);
        builder.Property(t => t.ActivityId).HasMaxLength(200);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.HasIndex(t => t.Hash);
        builder.HasIndex(t => t.DefinitionId);
    }
}
