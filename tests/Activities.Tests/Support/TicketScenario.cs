using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using IncidentWorkflows.Incidents.Triage;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Activities.Tests.Support;

/// <summary>Tickets, people and workflow instances the activity tests share, on an <see cref="ActivityHost"/>.</summary>
public sealed class TicketScenario(ActivityHost host)
{
    public static readonly Actor Requester = Actor.Requester("rita@partner.test");
    public static readonly Actor Engineer = Actor.Staff("eve@ops.test");
    public const string ServiceManager = "sam@ops.test";

    /// <summary>S2 (24×7 clocks) or S3 (business hours) on the Platform category, reported by <see cref="Requester"/>.</summary>
    public async Task<TicketNumber> OpenAsync(Severity severity)
    {
        var impact = severity == Severity.S2 ? FunctionalImpact.KeyFunctionalityImpaired : FunctionalImpact.MinorOrModerate;
        var ticket = await host.Tickets.OpenAsync(new TicketReport
        {
            Kind = TicketKind.Incident,
            Title = "Transfers time out",
            Category = "Platform",
            RequesterId = Requester.Id,
            Channel = Channel.Portal,
            Facts = new TriageFacts(new SeverityFacts { FunctionalImpact = impact, WorkaroundExists = severity != Severity.S2 }, new PriorityFacts { UsersUnableToWork = 1 }),
        }, Requester, CancellationToken.None);
        Assert.Equal(severity, ticket.Severity);
        return ticket.DisplayNumber;
    }

    public Task<Ticket> ChangeAsync(TicketNumber number, Func<TicketChange, Outcome> command) =>
        host.Tickets.ChangeAsync(number, command, CancellationToken.None);

    /// <summary>Starts work and delivers its signal at once, so a later dispatch delivers only what the test did next.</summary>
    public async Task<Ticket> StartWorkAsync(TicketNumber number)
    {
        var ticket = await ChangeAsync(number, change => change.Ticket.Apply(new StartWork(Engineer, change.At, Engineer.Id)));
        await host.DispatchOutboxAsync();
        return ticket;
    }

    public Task<Ticket> ResolveAsync(TicketNumber number) =>
        ChangeAsync(number, change => change.Ticket.Apply(new Resolve(Engineer, change.At, ResolutionKind.Workaround, "Gateway restarted.")));

    public async Task<Ticket> TicketAsync(TicketNumber number) =>
        await host.TicketQueries.GetAsync(number, CancellationToken.None) ?? throw new InvalidOperationException($"No ticket {number}.");

    public async Task<string> StartWorkflowAsync(string definitionId, TicketNumber number)
    {
        var result = await host.Runtime.StartAsync(new StartWorkflowRequest(definitionId, new Dictionary<string, object?> { ["ticket"] = number.ToString() }), CancellationToken.None);
        Assert.Empty(result.Incidents);
        return result.Id;
    }

    public async Task<List<BookmarkRecord>> BookmarksAsync(string instanceId)
    {
        await using var db = host.Db();
        return await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instanceId).ToListAsync();
    }

    /// <summary>The due moment of the instance's one timer bookmark, null when it has none.</summary>
    public async Task<DateTimeOffset?> TimerAsync(string instanceId) =>
        (await BookmarksAsync(instanceId)).Where(b => b.ResumeAt is not null).Select(b => b.ResumeAt).SingleOrDefault();

    public async Task<List<OutboxMessage>> OutboxAsync(string kind)
    {
        await using var db = host.Db();
        return await db.Outbox.AsNoTracking().Where(m => m.Kind == kind).OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<string?> OutcomeOfAsync(string instanceId, string activityId)
    {
        await using var db = host.Db();
        return await db.Journal.AsNoTracking().Where(j => j.InstanceId == instanceId && j.ActivityId == activityId && j.EventName == "Completed")
            .Select(j => j.Outcomes).SingleOrDefaultAsync();
    }

    /// <summary>An account in the <c>service-manager</c> role, so the escalation matrix's service manager has an address.</summary>
    public async Task AddServiceManagerAsync()
    {
        await using var db = host.Db();
        var role = await db.Roles.FirstOrDefaultAsync(r => r.NormalizedName == "SERVICE-MANAGER");
        if (role is null)
        {
            role = new IdentityRole("service-manager") { NormalizedName = "SERVICE-MANAGER" };
            db.Roles.Add(role);
        }

        var user = new AppUser { UserName = ServiceManager, NormalizedUserName = ServiceManager.ToUpperInvariant(), Email = ServiceManager, NormalizedEmail = ServiceManager.ToUpperInvariant() };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        await db.SaveChangesAsync();
    }

    /// <summary>Moves the fake clock to <paramref name="at"/> (never back), which lets Quartz fire what is due.</summary>
    public void AdvanceTo(DateTimeOffset at)
    {
        var by = at - host.Time.GetUtcNow();
        if (by > TimeSpan.Zero)
            host.Time.Advance(by);
    }
}
