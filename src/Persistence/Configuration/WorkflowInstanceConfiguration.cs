using IncidentWorkflows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentWorkflows.Persistence.Configuration;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstanceRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRecord> builder)
    {
        builder.ToTable("workflow_instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(64);
        builder.Property(i => i.DefinitionId).HasMaxLength(200);
        builder.Property(i => i.DefinitionVersionId).HasMaxLength(200);
        builder.Property(i => i.CorrelationId).HasMaxLength(200);
        builder.Property(i => i.IdempotencyKey).HasMaxLength(200);
        builder.Property(i => i.Status).HasMaxLength(20);
        builder.Property(i => i.SubStatus).HasMaxLength(20);
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.HasIndex(i => i.IdempotencyKey).IsUnique();
        builder.HasIndex(i => new { i.DefinitionId, i.Status });
        builder.HasIndex(i => i.CorrelationId);
        builder.HasIndex(i => i.CreatedAt);
    }
}
