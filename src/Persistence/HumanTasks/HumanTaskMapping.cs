using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncidentWorkflows.Persistence.HumanTasks;

internal sealed class HumanTaskMapping : IEntityTypeConfiguration<HumanTaskRecord>, IEntityTypeConfiguration<HumanTaskStep>
{
    private const int Person = 256;
    private const int Name = 200;

    public void Configure(EntityTypeBuilder<HumanTaskRecord> builder)
    {
        builder.ToTable("human_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(64);
        builder.Property(t => t.InstanceId).HasMaxLength(64);
        builder.Property(t => t.BookmarkId).HasMaxLength(64);
        builder.Property(t => t.ActivityId).HasMaxLength(Name);
        builder.Property(t => t.ActivityType).HasMaxLength(Name);
        builder.Property(t => t.Title).HasMaxLength(500);
        builder.Property(t => t.CandidateGroup).HasMaxLength(Name);
        builder.Property(t => t.CandidateRole).HasMaxLength(Name);
        builder.Property(t => t.Assignee).HasMaxLength(Person);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.TicketNumber).HasMaxLength(32);
        builder.Property(t => t.CompletedBy).HasMaxLength(Person);
        builder.Property(t => t.Outcome).HasMaxLength(Name);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasMany(t => t.History).WithOne().HasForeignKey(s => s.TaskId).OnDelete(DeleteBehavior.Cascade);
        // The inbox filters open tasks by group and assignee; the ticket view and cancellation find tasks by owner.
        builder.HasIndex(t => new { t.Status, t.CandidateGroup });
        builder.HasIndex(t => new { t.Status, t.Assignee });
        builder.HasIndex(t => t.TicketNumber);
        builder.HasIndex(t => new { t.InstanceId, t.ActivityInstanceId });
    }

    public void Configure(EntityTypeBuilder<HumanTaskStep> builder)
    {
        builder.ToTable("human_task_steps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.TaskId).HasMaxLength(64);
        builder.Property(s => s.Kind).HasMaxLength(30);
        builder.Property(s => s.Actor).HasMaxLength(Person);
        builder.Property(s => s.OldValue).HasMaxLength(Person);
        builder.Property(s => s.NewValue).HasMaxLength(Person);
        builder.HasIndex(s => s.TaskId);
    }
}
