using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentWorkflows.Persistence.ProcessConfiguration;

internal sealed class ConfigurationRecordMapping : IEntityTypeConfiguration<ConfigurationRecord>
{
    public void Configure(EntityTypeBuilder<ConfigurationRecord> builder)
    {
        builder.ToTable("process_configuration");
        builder.HasKey(c => c.Kind);
        builder.Property(c => c.Kind).HasMaxLength(50);
        builder.Property(c => c.UpdatedBy).HasMaxLength(256);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
