using System.Diagnostics.CodeAnalysis;

namespace IncidentWorkflows.Incidents.Tickets;

/// <summary>
/// The human-readable ticket number, e.g. <c>INC-000123</c>: a prefix per kind and at least six digits. The sequence
/// value itself comes from a database sequence; this type only formats and parses it.
/// </summary>
public readonly record struct TicketNumber(TicketKind Kind, long Sequence)
{
    private const int MinimumDigits = 6;
    private const int MaximumDigits = 18;

    public static string PrefixOf(TicketKind kind) => kind switch
    {
        TicketKind.Incident => "INC",
        TicketKind.ServiceRequest => "REQ",
        TicketKind.ChangeRequest => "CHG",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown ticket kind."),
    };

    public override string ToString() => $"{PrefixOf(Kind)}-{Sequence.ToString($"D{MinimumDigits}")}";

    /// <summary>Accepts the canonical form and, for people typing it, lower case and fewer leading zeros (<c>inc-123</c>).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TicketNumber number)
    {
        number = default;
        var parts = text?.Trim().Split('-');
        if (parts is not [var prefix, var digits] || digits.Length is 0 or > MaximumDigits || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var kind = Enum.GetValues<TicketKind>().Where(k => string.Equals(PrefixOf(k), prefix, StringComparison.OrdinalIgnoreCase)).ToArray();
        var sequence = long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        if (kind.Length != 1 || sequence < 1)
        {
            return false;
        }

        number = new TicketNumber(kind[0], sequence);
        return true;
    }

    public static TicketNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"'{text}' is not a ticket number like INC-000123.");
}
