namespace IncidentWorkflows.Persistence.HumanTasks;

/// <summary>One field of a task's form, as the workflow declares it and the inbox shows and checks it.</summary>
public sealed record HumanTaskField(
    string Name,
    string? Label = null,
    string Type = HumanTaskFieldTypes.Text,
    bool Required = false,
    IReadOnlyList<string>? Options = null,
    double? Min = null,
    double? Max = null,
    int? MaxLength = null,
    string? Pattern = null);

/// <summary>The field types a form may use.</summary>
public static class HumanTaskFieldTypes
{
    public const string Text = "text";
    public const string Multiline = "multiline";
    public const string Number = "number";
    public const string Boolean = "boolean";
    public const string Select = "select";
    public const string Date = "date";
    public const string Email = "email";

    public static readonly IReadOnlyList<string> All = [Text, Multiline, Number, Boolean, Select, Date, Email];
}
