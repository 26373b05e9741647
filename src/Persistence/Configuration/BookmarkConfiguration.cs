using IncidentWorkflows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentWorkflows.Persistence.Configuration;

internal sealed class BookmarkConfiguration : IEntityTypeConfiguration<BookmarkRecord>
{
    public void Configure(EntityTypeBuilder<BookmarkRecord> builder)
    {
        builder.ToTable("bookmarks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasMaxLength(64);
        builder.Property(b => b.InstanceId).HasMaxLength(64);
        builder.Property(b => b.DefinitionId).HasMaxLength(200);
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.Hash).HasMaxLength(64);
        builder.Property(b => b.ActivityId).HasMaxLength(200);
        builder.Property(b => b.CorrelationId).HasMaxLength(200);
        builder.HasIndex(b => b.Hash);
        builder.HasIndex(b => b.InstanceId);
        builder.HasIndex(b => b.ResumeAt);
        builder.HasIndex(b => b.CorrelationId);
    }
}
