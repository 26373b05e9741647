using System.Security.Claims;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Security.Reports;

/// <summary>Read, write (each write a revision), list revisions and export a Security Incident Report.</summary>
internal static class SecurityReportHandlers
{
    private const int MaxFieldLength = 20_000;

    public static async Task<Ok<SecurityReportView>> GetAsync(string number, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return TypedResults.Ok(SecurityReportView.For(await RequireReportAsync(db, number, cancellationToken)));
    }

    /// <summary>Opens the report or changes the fields given; <c>If-Match: "N"</c> makes it a 409 when revision N is no longer current.</summary>
    public static async Task<Ok<SecurityReportView>> PutAsync(
        string number, SecurityReportContent body, HttpRequest request, ClaimsPrincipal user,
        IDbContextFactory<WorkflowDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        foreach (var (name, value) in body.Fields())
        {
            if (value is { Length: > MaxFieldLength })
                throw Invalid(name, $"{name} is longer than {MaxFieldLength} characters.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ticket = await SecurityTickets.RequireAsync(db, number, cancellationToken);
        var author = user.Identity?.Name ?? "unknown";
        var existing = await SecurityReports.FindAsync(db, ticket, cancellationToken);
        if (ExpectedRevision(request) is { } expected && existing?.Revision != expected)
            throw new ConflictException(SecurityProblems.ReportChanged, $"The report of {ticket} is at revision {existing?.Revision ?? 0}, not {expected}; read it again.");

        SecurityReportRecord report;
        try
        {
            report = await SecurityReports.OpenOrUpdateAsync(db, ticket, body, author, time.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (SecurityReportException e)
        {
            throw Invalid(e.Field, e.Message);
        }
        catch (DbUpdateException)
        {
            // Another officer's change was saved first (same revision number, or the report opened twice at once).
            throw new ConflictException(SecurityProblems.ReportChanged, $"The report of {ticket} was changed at the same time; read it again.");
        }

        return TypedResults.Ok(SecurityReportView.For(report));
    }

    public static async Task<Ok<List<SecurityReportRevisionView>>> RevisionsAsync(string number, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var report = await RequireReportAsync(db, number, cancellationToken);
        var revisions = await db.SecurityReportRevisions.AsNoTracking().Where(r => r.TicketNumber == report.TicketNumber).OrderBy(r => r.Revision).ToListAsync(cancellationToken);
        return TypedResults.Ok(revisions.Select(SecurityReportRevisionView.For).ToList());
    }

    public static async Task<IResult> ExportAsync(string number, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var report = await RequireReportAsync(db, number, cancellationToken);
        var revisions = await db.SecurityReportRevisions.AsNoTracking().Where(r => r.TicketNumber == report.TicketNumber).OrderBy(r => r.Revision).ToListAsync(cancellationToken);
        return TypedResults.Text(ReportMarkdown.Render(report, revisions), "text/markdown; charset=utf-8");
    }

    private static async Task<SecurityReportRecord> RequireReportAsync(WorkflowDbContext db, string number, CancellationToken cancellationToken)
    {
        var ticket = await SecurityTickets.RequireAsync(db, number, cancellationToken);
        return await db.SecurityReports.AsNoTracking().SingleOrDefaultAsync(r => r.TicketNumber == ticket, cancellationToken)
            ?? throw new NotFoundException(SecurityProblems.ReportNotFound, $"{ticket} has no Security Incident Report yet; L2 opens it (PUT this path).");
    }

    private static int? ExpectedRevision(HttpRequest request) =>
        int.TryParse(request.Headers.IfMatch.ToString().Trim('"', 'W', '/', ' '), out var revision) ? revision : null;

    private static InvalidRequestException Invalid(string field, string message) => SecurityHandlersProblems.Invalid(field, SecurityProblems.InvalidValue, message);
}
