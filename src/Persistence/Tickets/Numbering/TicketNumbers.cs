using IncidentWorkflows.Incidents.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace IncidentWorkflows.Persistence.Tickets.Numbering;

/// <summary>
/// Hands out ticket numbers without gaps or duplicates. The counter row is incremented with one UPDATE … RETURNING inside
/// the caller's transaction: on PostgreSQL the row lock makes concurrent creators wait for each other's commit, on SQLite
/// the single writer does the same; a rolled-back creation gives its number back. A database sequence would be faster
/// but leaves gaps, which in a ticket register look like deleted tickets.
/// </summary>
internal static class TicketNumbers
{
    private const string Sql =
        $"""UPDATE "{TicketCounterMapping.Table}" SET "LastNumber" = "LastNumber" + 1 WHERE "Kind" = @kind RETURNING "LastNumber" """;

    public static async Task<long> NextAsync(WorkflowDbContext db, TicketKind kind, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("A ticket number is taken inside the transaction that saves the ticket.");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = Sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@kind";
        parameter.Value = kind.ToString();
        command.Parameters.Add(parameter);
        var value = await command.ExecuteScalarAsync(cancellationToken)
            ?? throw new InvalidOperationException($"The counter row for {kind} is missing; the migrations create it.");
        return Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
