using System.Text.RegularExpressions;

namespace IncidentWorkflows.Persistence.Alerts.Integrations;

/// <summary>
/// One condition on a label, with Alertmanager's four operators: <c>=</c>, <c>!=</c>, <c>=~</c>, <c>!~</c>. A missing
/// label reads as the empty string, as in Alertmanager. Regular expressions match the whole value.
/// </summary>
public sealed record AlertMatcher(string Label, string Op, string Value)
{
    public static readonly IReadOnlyList<string> Operators = ["=", "!=", "=~", "!~"];

    // Routing runs on every delivery; a pathological expression must not hold the writer.
    private static readonly TimeSpan RegexBudget = TimeSpan.FromMilliseconds(50);

    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        var actual = labels.GetValueOrDefault(Label) ?? "";
        return Op switch
        {
            "=" => actual == Value,
            "!=" => actual != Value,
            "=~" => FullMatch(actual),
            "!~" => !FullMatch(actual),
            _ => false,
        };
    }

    /// <summary>Null when the matcher can be used; otherwise why not.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Label))
            return "A matcher names a label.";
        if (!Operators.Contains(Op))
            return $"'{Op}' is not an operator; use one of {string.Join(" ", Operators)}.";
        if (Op is "=~" or "!~")
        {
            try
            {
                _ = new Regex(Value, RegexOptions.None, RegexBudget);
            }
            catch (ArgumentException e)
            {
                return $"'{Value}' is not a regular expression: {e.Message}";
            }
        }

        return null;
    }

    private bool FullMatch(string actual)
    {
        try
        {
            return Regex.IsMatch(actual, $"^(?:{Value})$", RegexOptions.CultureInvariant, RegexBudget);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
