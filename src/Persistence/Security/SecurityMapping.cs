using IncidentWorkflows.Persistence.Tickets.Mapping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentWorkflows.Persistence.Security;

/// <summary>
/// The security tables. Report content is one JSON column per row (the template may grow without a migration per field);
/// records are replaced whole, so record equality tells EF Core when it changed.
/// </summary>
internal sealed class SecurityMapping :
    IEntityTypeConfiguration<SecurityReportRecord>, IEntityTypeConfiguration<SecurityReportRevision>,
    IEntityTypeConfiguration<EvidenceRecord>, IEntityTypeConfiguration<CustodyEntry>,
    IEntityTypeConfiguration<ArtifactRecord>, IEntityTypeConfiguration<ContainmentActionRecord>
{
    private const int Ticket = 32;
    private const int Person = 256;
    private const int Id = 64;

    public void Configure(EntityTypeBuilder<SecurityReportRecord> builder)
    {
        builder.ToTable("security_reports");
        builder.HasKey(r => r.TicketNumber);
        builder.Property(r => r.TicketNumber).HasMaxLength(Ticket);
        builder.Property(r => r.Content).HasConversion(c => StoredJson.Serialize(c), json => StoredJson.Deserialize<SecurityReportContent>(json) ?? new());
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.Property(r => r.OpenedBy).HasMaxLength(Person);
        builder.Property(r => r.UpdatedBy).HasMaxLength(Person);
        builder.HasMany(r => r.Revisions).WithOne().HasForeignKey(r => r.TicketNumber).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SecurityReportRevision> builder)
    {
        builder.ToTable("security_report_revisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.TicketNumber).HasMaxLength(Ticket);
        builder.Property(r => r.Author).HasMaxLength(Person);
        builder.Property(r => r.ChangedFields).HasMaxLength(1000);
        builder.Property(r => r.Content).HasConversion(c => StoredJson.Serialize(c), json => StoredJson.Deserialize<SecurityReportContent>(json) ?? new());
        builder.HasIndex(r => new { r.TicketNumber, r.Revision }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<EvidenceRecord> builder)
    {
        builder.ToTable("security_evidence");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(Id);
        builder.Property(e => e.TicketNumber).HasMaxLength(Ticket);
        builder.Property(e => e.Name).HasMaxLength(500);
        builder.Property(e => e.Sha256).HasMaxLength(64);
        builder.Property(e => e.Location).HasMaxLength(1000);
        builder.Property(e => e.CollectedBy).HasMaxLength(Person);
        builder.HasMany(e => e.Custody).WithOne().HasForeignKey(c => c.EvidenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.TicketNumber);
    }

    public void Configure(EntityTypeBuilder<CustodyEntry> builder)
    {
        builder.ToTable("security_evidence_custody");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.EvidenceId).HasMaxLength(Id);
        builder.Property(c => c.Action).HasMaxLength(30);
        builder.Property(c => c.By).HasMaxLength(Person);
        builder.Property(c => c.To).HasMaxLength(Person);
        builder.HasIndex(c => new { c.EvidenceId, c.Sequence }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ArtifactRecord> builder)
    {
        builder.ToTable("security_artifacts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(Id);
        builder.Property(a => a.TicketNumber).HasMaxLength(Ticket);
        builder.Property(a => a.Kind).HasMaxLength(20);
        builder.Property(a => a.Value).HasMaxLength(2000);
        builder.Property(a => a.Verdict).HasMaxLength(20);
        builder.Property(a => a.AddedBy).HasMaxLength(Person);
        // Extracting the same text twice adds nothing.
        builder.HasIndex(a => new { a.TicketNumber, a.Kind, a.Value }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ContainmentActionRecord> builder)
    {
        builder.ToTable("security_containment_actions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(Id);
        builder.Property(a => a.TicketNumber).HasMaxLength(Ticket);
        builder.Property(a => a.Action).HasMaxLength(40);
        builder.Property(a => a.Target).HasMaxLength(500);
        builder.Property(a => a.Connector).HasMaxLength(100);
        builder.Property(a => a.Tlp).HasMaxLength(20);
        builder.Property(a => a.Status).HasMaxLength(20);
        builder.Property(a => a.Result).HasMaxLength(4000);
        builder.Property(a => a.RequestedBy).HasMaxLength(Person);
        builder.Property(a => a.InstanceId).HasMaxLength(Id);
        builder.Property(a => a.LockdownEndedBy).HasMaxLength(Person);
        builder.HasIndex(a => new { a.TicketNumber, a.LockdownOpen });
    }
}
