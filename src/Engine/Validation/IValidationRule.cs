namespace IncidentWorkflows.Engine.Validation;

/// <summary>One check over a definition; reports through <see cref="ValidationContext.Report"/>.</summary>
public interface IValidationRule
{
    /// <summary>A short name for the check, used when the check itself fails.</summary>
    string Name { get; }

    void Check(ValidationContext context);
}
