using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.ProcessConfiguration;
using IncidentWorkflows.Persistence.Tickets.Numbering;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence;

/// <summary>
/// The one database of the product: definitions, instances, bookmarks, journal, triggers, outbox, users and keys,
/// tickets and the process configuration. Provider-specific subclasses exist only so each provider keeps its own migrations.
/// </summary>
public abstract class WorkflowDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<WorkflowDefinitionRecord> WorkflowDefinitions => Set<WorkflowDefinitionRecord>();
    public DbSet<WorkflowInstanceRecord> WorkflowInstances => Set<WorkflowInstanceRecord>();
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<TriggerRecord> Triggers => Set<TriggerRecord>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<TicketCounter> TicketCounters => Set<TicketCounter>();
    public DbSet<ConfigurationRecord> ConfigurationDocuments => Set<ConfigurationRecord>();
    public DbSet<HumanTasks.HumanTaskRecord> HumanTasks => Set<HumanTasks.HumanTaskRecord>();
    public DbSet<HumanTasks.HumanTaskStep> HumanTaskSteps => Set<HumanTasks.HumanTaskStep>();
    public DbSet<Security.SecurityReportRecord> SecurityReports => Set<Security.SecurityReportRecord>();
    public DbSet<Security.SecurityReportRevision> SecurityReportRevisions => Set<Security.SecurityReportRevision>();
    public DbSet<Security.ArtifactRecord> SecurityArtifacts => Set<Security.ArtifactRecord>();
    public DbSet<Security.EvidenceRecord> SecurityEvidence => Set<Security.EvidenceRecord>();
    public DbSet<Security.CustodyEntry> SecurityCustody => Set<Security.CustodyEntry>();
    public DbSet<Security.ContainmentActionRecord> ContainmentActions => Set<Security.ContainmentActionRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WorkflowDbContext).Assembly);
    }
}
