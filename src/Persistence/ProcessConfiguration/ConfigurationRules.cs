namespace IncidentWorkflows.Persistence.ProcessConfiguration;

/// <summary>Stable rule ids of configuration validation (ProblemDetails types); the domain's own ids are reused where they fit.</summary>
public static class ConfigurationRules
{
    public const string Required = "required";
    public const string TooLong = "too-long";
    public const string DuplicateId = "duplicate-id";
    public const string UnknownCalendar = "unknown-calendar";
    public const string CalendarInUse = "calendar-in-use";
    public const string InvalidCalendar = "invalid-calendar";
    public const string InvalidTarget = "invalid-target";
    public const string InvalidValue = "invalid-value";
    public const string ConfigurationChanged = "configuration-changed";
}
