using System.Globalization;
using System.Net.Mail;
using System.Text.Json;
using System.Text.RegularExpressions;
using IncidentWorkflows.Engine.Values;
using IncidentWorkflows.Host.Tickets.Requests;
using IncidentWorkflows.Persistence.HumanTasks;

namespace IncidentWorkflows.Host.Tasks;

/// <summary>
/// Checks a completion against the task: the outcome must be one of its buttons and the data must fit its form (required,
/// type, options, range, length, pattern; no unknown fields). Every problem is listed; the first names the 400's
/// <c>field</c> (<c>outcome</c> or <c>data.NAME</c>) and <c>rule</c>. Returns the values as plain JSON values.
/// </summary>
internal static class TaskForm
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    public static Dictionary<string, object?> Check(HumanTaskRecord task, CompleteTaskRequest body)
    {
        var checks = new RequestChecks();
        var outcomes = HumanTaskJson.Outcomes(task);
        checks.Check(body.Outcome is not null && outcomes.Contains(body.Outcome), "outcome", TaskProblems.OutcomeUnknown,
            $"Choose one of the task's outcomes: {string.Join(", ", outcomes)}.");

        var data = body.Data ?? [];
        var fields = HumanTaskJson.Fields(task);
        foreach (var unknown in data.Keys.Where(k => !fields.Any(f => f.Name == k)))
            checks.Check(false, $"data.{unknown}", TaskProblems.FieldUnknown, $"The form has no field '{unknown}'.");
        foreach (var field in fields)
            CheckField(checks, field, data.TryGetValue(field.Name, out var value) ? value : default);
        checks.ThrowIfAny();
        return data.ToDictionary(pair => pair.Key, pair => JsonValues.FromElement(pair.Value));
    }

    /// <summary>A pattern the workflow got wrong, or one that takes too long, never matches rather than failing the request.</summary>
    private static bool Matches(string text, string pattern)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.None, PatternTimeout);
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static void CheckField(RequestChecks checks, HumanTaskField field, JsonElement value)
    {
        var name = $"data.{field.Name}";
        var label = field.Label ?? field.Name;
        var empty = value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
            || (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()));
        if (empty)
        {
            checks.Check(!field.Required, name, TaskProblems.FieldRequired, $"{label} is required.");
            return;
        }

        switch (field.Type)
        {
            case HumanTaskFieldTypes.Number:
                if (value.ValueKind != JsonValueKind.Number)
                {
                    checks.Check(false, name, TaskProblems.FieldType, $"{label} must be a number.");
                    return;
                }

                var number = value.GetDouble();
                checks.Check((field.Min is not { } min || number >= min) && (field.Max is not { } max || number <= max), name, TaskProblems.FieldRange,
                    $"{label} must be between {field.Min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"} and {field.Max?.ToString(CultureInfo.InvariantCulture) ?? "∞"}.");
                return;
            case HumanTaskFieldTypes.Boolean:
                checks.Check(value.ValueKind is JsonValueKind.True or JsonValueKind.False, name, TaskProblems.FieldType, $"{label} must be true or false.");
                return;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            checks.Check(false, name, TaskProblems.FieldType, $"{label} must be text.");
            return;
        }

        var text = value.GetString()!;
        checks.Check(field.MaxLength is not { } maxLength || text.Length <= maxLength, name, TaskProblems.FieldTooLong, $"{label} has at most {field.MaxLength} characters.");
        checks.Check(field.Pattern is null || Matches(text, field.Pattern), name, TaskProblems.FieldPattern, $"{label} does not have the expected form.");
        switch (field.Type)
        {
            case HumanTaskFieldTypes.Select:
                checks.Check(field.Options?.Contains(text) == true, name, TaskProblems.FieldOption, $"{label} must be one of {string.Join(", ", field.Options ?? [])}.");
                break;
            case HumanTaskFieldTypes.Date:
                checks.Check(DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _), name, TaskProblems.FieldType, $"{label} must be a date (2026-03-02).");
                break;
            case HumanTaskFieldTypes.Email:
                checks.Check(MailAddress.TryCreate(text, out var address) && address.Address == text, name, TaskProblems.FieldType, $"{label} must be an e-mail address.");
                break;
        }
    }
}
