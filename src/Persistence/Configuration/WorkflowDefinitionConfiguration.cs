using IncidentWorkflows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentWorkflows.Persistence.Configuration;

internal sealed class WorkflowDefinitionConfiguration : IEntityTypeConfiguration<WorkflowDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionRecord> builder)
    {
        builder.ToTable("workflow_definitions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(200);
        builder.Property(d => d.DefinitionId).HasMaxLength(200);
        builder.Property(d => d.Name).HasMaxLength(400);
        builder.Property(d => d.ContentHash).HasMaxLength(64);
        builder.Property(d => d.JournalLevel).HasMaxLength(20);
        builder.Property(d => d.Source).HasMaxLength(400);
        builder.Ignore(d => d.IsDraft);
        builder.HasIndex(d => new { d.DefinitionId, d.Version }).IsUnique();
        builder.HasIndex(d => new { d.DefinitionId, d.IsPublished });
    }
}
