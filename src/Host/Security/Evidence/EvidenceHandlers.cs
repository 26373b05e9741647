using System.Security.Claims;
using System.Security.Cryptography;
using IncidentWorkflows.Host.Tickets.Requests;
using IncidentWorkflows.Persistence;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Host.Security.Evidence;

/// <summary>
/// Registers evidence by its SHA-256 (computed here from the content when it is sent, or as measured by the collector) and
/// appends to its chain of custody. The custody trail is append-only: a mistake is corrected by a new entry.
/// </summary>
internal static class EvidenceHandlers
{
    public static readonly string[] CustodyActions = ["collected", "transferred", "accessed", "analyzed", "copied", "returned", "disposed"];

    public static async Task<Created<EvidenceView>> AddAsync(
        string number, AddEvidenceRequest body, ClaimsPrincipal user, IDbContextFactory<WorkflowDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        var content = Decode(body.ContentBase64);
        var hash = content is null ? body.Sha256?.Trim().ToLowerInvariant() : Convert.ToHexStringLower(SHA256.HashData(content));
        new RequestChecks()
            .Require("name", body.Name, "Name the evidence item.").MaxLength("name", body.Name, 500).MaxLength("description", body.Description, 4000)
            .Check(content is not null || body.ContentBase64 is null, "contentBase64", RequestChecks.InvalidValue, "contentBase64 is not Base64.")
            .Check(hash is { Length: 64 } && hash.All(char.IsAsciiHexDigit), "sha256", RequestChecks.Required, "Send the content (contentBase64) or its SHA-256 as 64 hex digits.")
            .ThrowIfAny();
        if (content is not null && body.Sha256 is { Length: > 0 } claimed && !string.Equals(claimed.Trim(), hash, StringComparison.OrdinalIgnoreCase))
            throw SecurityHandlersProblems.Invalid("sha256", SecurityProblems.EvidenceHashMismatch, "The content's SHA-256 is not the one given: the item changed on its way.");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ticket = await SecurityTickets.RequireAsync(db, number, cancellationToken);
        var now = time.GetUtcNow();
        var by = user.Identity?.Name ?? "unknown";
        var evidence = new EvidenceRecord
        {
            Id = Guid.CreateVersion7(now).ToString("N"),
            TicketNumber = ticket,
            Name = body.Name!.Trim(),
            Description = body.Description,
            Sha256 = hash!,
            SizeBytes = content?.LongLength ?? body.SizeBytes,
            Location = body.Location,
            CollectedBy = by,
            CollectedAt = now,
        };
        evidence.Custody.Add(new CustodyEntry { EvidenceId = evidence.Id, Sequence = 1, Action = "collected", By = by, At = now, Note = body.Location });
        db.SecurityEvidence.Add(evidence);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/security/reports/{ticket}/evidence/{evidence.Id}", EvidenceView.For(evidence));
    }

    public static async Task<Ok<EvidenceView>> AddCustodyAsync(
        string number, string id, CustodyRequest body, ClaimsPrincipal user, IDbContextFactory<WorkflowDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        new RequestChecks()
            .Check(CustodyActions.Contains(body.Action), "action", RequestChecks.InvalidValue, $"action is one of {string.Join(", ", CustodyActions)}.")
            .Check(body.Action != "transferred" || !string.IsNullOrWhiteSpace(body.To), "to", RequestChecks.Required, "A transfer names who received the item.")
            .MaxLength("to", body.To, 256).MaxLength("note", body.Note, 4000)
            .ThrowIfAny();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ticket = await SecurityTickets.RequireAsync(db, number, cancellationToken);
        var evidence = await db.SecurityEvidence.Include(e => e.Custody).SingleOrDefaultAsync(e => e.Id == id && e.TicketNumber == ticket, cancellationToken)
            ?? throw new NotFoundException(SecurityProblems.EvidenceNotFound, $"{ticket} has no evidence item '{id}'.");
        evidence.Custody.Add(new CustodyEntry
        {
            EvidenceId = evidence.Id,
            Sequence = evidence.Custody.Count + 1,
            Action = body.Action!,
            By = user.Identity?.Name ?? "unknown",
            To = body.To,
            At = time.GetUtcNow(),
            Note = body.Note,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two entries at once took the same sequence number; the trail stays gap-free, the loser asks again.
            throw new ConflictException(SecurityProblems.ReportChanged, $"The custody of '{id}' changed at the same time; try again.");
        }

        return TypedResults.Ok(EvidenceView.For(evidence));
    }

    public static async Task<Ok<List<EvidenceView>>> ListAsync(string number, IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ticket = await SecurityTickets.RequireAsync(db, number, cancellationToken);
        var items = await db.SecurityEvidence.AsNoTracking().Include(e => e.Custody).Where(e => e.TicketNumber == ticket)
            .OrderBy(e => e.CollectedAt).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(items.Select(EvidenceView.For).ToList());
    }

    private static byte[]? Decode(string? base64)
    {
        if (base64 is null)
            return null;
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? buffer[..written] : null;
    }
}

public sealed record AddEvidenceRequest(string? Name, string? Description, string? ContentBase64, string? Sha256, long? SizeBytes, string? Location);

public sealed record CustodyRequest(string? Action, string? To, string? Note);

public sealed record EvidenceView(string Id, string Name, string? Description, string Sha256, long? SizeBytes, string? Location, string CollectedBy, DateTimeOffset CollectedAt, IReadOnlyList<CustodyView> Custody)
{
    public static EvidenceView For(EvidenceRecord e) => new(e.Id, e.Name, e.Description, e.Sha256, e.SizeBytes, e.Location, e.CollectedBy, e.CollectedAt,
        e.Custody.OrderBy(c => c.Sequence).Select(c => new CustodyView(c.Sequence, c.Action, c.By, c.To, c.At, c.Note)).ToList());
}

public sealed record CustodyView(int Sequence, string Action, string By, string? To, DateTimeOffset At, string? Note);
