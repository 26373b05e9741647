using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Tickets;

/// <summary>
/// Makes the database itself refuse to edit or delete a timeline entry (process.md §1: corrections are new entries), so
/// no code path, script or future bug can rewrite a ticket's history. Installed idempotently at start, after the migrations,
/// because triggers are provider-specific SQL that the generated migrations do not carry.
/// </summary>
internal static class AppendOnlyTimeline
{
    private const string Refusal = "ticket_timeline is append-only: record a correction instead";

    private const string Sqlite = $"""
        CREATE TRIGGER IF NOT EXISTS ticket_timeline_no_update BEFORE UPDATE ON ticket_timeline
        BEGIN SELECT RAISE(ABORT, '{Refusal}'); END;
        CREATE TRIGGER IF NOT EXISTS ticket_timeline_no_delete BEFORE DELETE ON ticket_timeline
        BEGIN SELECT RAISE(ABORT, '{Refusal}'); END;
        """;

    private const string Postgres = $"""
        CREATE OR REPLACE FUNCTION ticket_timeline_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '{Refusal}'; END $$;
        CREATE OR REPLACE TRIGGER ticket_timeline_append_only BEFORE UPDATE OR DELETE ON ticket_timeline
        FOR EACH ROW EXECUTE FUNCTION ticket_timeline_append_only();
        """;

    public static Task InstallAsync(WorkflowDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? Postgres : Sqlite, cancellationToken);
}
