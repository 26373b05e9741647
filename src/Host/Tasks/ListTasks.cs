using System.Security.Claims;
using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Host.Errors;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.HumanTasks;
using IncidentWorkflows.Host.Tickets.Views;
using IncidentWorkflows.Persistence.ProcessConfiguration;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Tasks;

internal static class ListTasks
{
    public static async Task<Results<Ok<PagedResponse<TaskSummary>>, ProblemHttpResult>> HandleAsync(
        [AsParameters] TaskListQuery query, ClaimsPrincipal user, IDbContextFactory<WorkflowDbContext> contexts,
        ProcessConfigurationStore configuration, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = TaskCaller.From(user);
        var scope = query.CheckedScope();
        if (scope == "all" && !caller.IsManager)
        {
            return TypedResults.Problem(ApiExceptionHandler.Create(StatusCodes.Status403Forbidden, TaskProblems.ScopeForbidden,
                "Only service managers, process owners and administrators see every task."));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tasks = Filter(Scoped(db.HumanTasks.AsNoTracking(), scope, caller), query);
        if (!Security.SecurityAccess.IsSecurityOfficer(user))
        {
            // The security procedure's tasks are not listed outside the ISO groups, not even for inbox managers.
            var iso = Security.SecurityAccess.IsoGroups;
            tasks = tasks.Where(t => !(t.CandidateGroup != null && iso.Contains(t.CandidateGroup)) && !(t.CandidateRole != null && iso.Contains(t.CandidateRole)));
        }

        var page = query.Page ?? 0;
        var pageSize = query.PageSize ?? 50;
        var total = await tasks.CountAsync(cancellationToken);
        var rows = await tasks.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var tickets = await TicketSlaAsync(db, rows, configuration, time, cancellationToken);
        var items = rows.Select(TaskSummary.For)
            .Select(t => t.Ticket is not null && tickets.TryGetValue(t.Ticket, out var sla)
                ? t with { TicketDueAt = sla.Summary.DueAt, TicketSeverity = sla.Severity, TicketSlaState = sla.Summary.State }
                : t)
            .ToList();
        return TypedResults.Ok(new PagedResponse<TaskSummary>(items, total, page, pageSize));
    }

    /// <summary>The SLA of the tickets the page's tasks belong to, read now (one query for the page).</summary>
    private static async Task<Dictionary<string, (SlaSummary Summary, string Severity)>> TicketSlaAsync(
        WorkflowDbContext db, List<HumanTaskRecord> rows, ProcessConfigurationStore configuration, TimeProvider time, CancellationToken cancellationToken)
    {
        var numbers = rows.Select(t => t.TicketNumber).OfType<string>()
            .Select(n => Incidents.Tickets.TicketNumber.TryParse(n, out var number) ? number : (Incidents.Tickets.TicketNumber?)null)
            .OfType<Incidents.Tickets.TicketNumber>().ToList();
        if (numbers.Count == 0)
            return [];
        var sequences = numbers.Select(n => n.Sequence).Distinct().ToList();
        var found = await db.Tickets.AsNoTracking().Where(t => sequences.Contains(t.Number))
            .Select(t => new { t.Kind, t.Number, t.Sla, t.Severity }).ToListAsync(cancellationToken);
        var calendars = (await configuration.LoadAsync(cancellationToken)).Calendars;
        var now = time.GetUtcNow();
        var wanted = numbers.Select(n => n.ToString()).ToHashSet();
        return found.Select(t => (Number: new Incidents.Tickets.TicketNumber(t.Kind, t.Number).ToString(), t.Sla, t.Severity))
            .Where(t => wanted.Contains(t.Number))
            .ToDictionary(t => t.Number, t => (SlaSummary.Of(t.Sla, calendars, now), t.Severity.ToString()));
    }

    private static IQueryable<HumanTaskRecord> Scoped(IQueryable<HumanTaskRecord> tasks, string scope, TaskCaller caller)
    {
        var name = caller.Name;
        var groups = caller.Groups.ToList();
        var roles = caller.Roles.ToList();
        return scope switch
        {
            "mine" => tasks.Where(t => t.Assignee == name),
            // Offered to me: through a group or role of mine, or to all staff (no group, role or assignee).
            "groups" => tasks.Where(t => (t.CandidateGroup != null && groups.Contains(t.CandidateGroup)) || (t.CandidateRole != null && roles.Contains(t.CandidateRole))
                || (t.CandidateGroup == null && t.CandidateRole == null && t.Assignee == null)),
            "inbox" => tasks.Where(t => t.Assignee == name || (t.CandidateGroup != null && groups.Contains(t.CandidateGroup))
                || (t.CandidateRole != null && roles.Contains(t.CandidateRole)) || (t.CandidateGroup == null && t.CandidateRole == null && t.Assignee == null)),
            _ => tasks,
        };
    }

    private static IQueryable<HumanTaskRecord> Filter(IQueryable<HumanTaskRecord> tasks, TaskListQuery query)
    {
        var status = query.CheckedStatus;
        tasks = tasks.Where(t => t.Status == status);
        if (!string.IsNullOrWhiteSpace(query.Group))
            tasks = tasks.Where(t => t.CandidateGroup == query.Group);
        if (!string.IsNullOrWhiteSpace(query.Ticket))
        {
            // inc-1 finds INC-000001, as on the ticket endpoints.
            var ticket = Incidents.Tickets.TicketNumber.TryParse(query.Ticket, out var number) ? number.ToString() : query.Ticket;
            tasks = tasks.Where(t => t.TicketNumber == ticket);
        }
        if (!string.IsNullOrWhiteSpace(query.Assignee))
            tasks = tasks.Where(t => t.Assignee == query.Assignee);
        if (query.DueBefore is { } dueBefore)
            tasks = tasks.Where(t => t.DueAt != null && t.DueAt < dueBefore);
        return tasks;
    }
}
