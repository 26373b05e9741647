using IncidentWorkflows.Persistence.Alerts.Integrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentWorkflows.Persistence.Alerts.Storage;

internal sealed class IntegrationMapping : IEntityTypeConfiguration<IntegrationRecord>
{
    public void Configure(EntityTypeBuilder<IntegrationRecord> builder)
    {
        builder.ToTable("integrations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(32);
        builder.Property(i => i.Name).HasMaxLength(IntegrationLimits.Name);
        builder.Property(i => i.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.OwnerTeam).HasMaxLength(IntegrationLimits.Text);
        builder.Property(i => i.SigningSecret).HasMaxLength(IntegrationLimits.Secret);
        builder.Property(i => i.UpdatedBy).HasMaxLength(IntegrationLimits.Text);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.Name).IsUnique();
    }
}

internal sealed class IntegrationKeyMapping : IEntityTypeConfiguration<IntegrationKeyRecord>
{
    public void Configure(EntityTypeBuilder<IntegrationKeyRecord> builder)
    {
        builder.ToTable("integration_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).HasMaxLength(32);
        builder.Property(k => k.IntegrationId).HasMaxLength(32);
        builder.Property(k => k.Prefix).HasMaxLength(16);
        builder.Property(k => k.Hash).HasMaxLength(64);
        builder.Property(k => k.CreatedBy).HasMaxLength(IntegrationLimits.Text);
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.HasIndex(k => k.IntegrationId);
    }
}
