using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Model;
using IncidentWorkflows.Engine.Validation.Rules;

namespace IncidentWorkflows.Engine.Validation;

/// <summary>
/// Checks a definition before it is published or run. Compile issues (unknown or unsupported types, expression
/// syntax, recursive composition) come from the compiler; the structural checks are <see cref="IValidationRule"/>s.
/// Never throws: a failing check becomes an issue of its own.
/// </summary>
public sealed class WorkflowValidator(WorkflowCompiler compiler, IEnumerable<IValidationRule>? rules = null)
{
    private readonly IValidationRule[] _rules = [.. rules ?? DefaultRules()];

    public static IEnumerable<IValidationRule> DefaultRules() =>
    [
        new DuplicateIdRule(),
        new ConnectionRule(),
        new RequiredInputRule(),
        new CronRule(),
        new UnreachableRule(),
    ];

    public IReadOnlyList<ValidationIssue> Validate(WorkflowDefinition definition)
    {
        var compiled = TryCompile(definition, out var compileFailure);
        var context = new ValidationContext(definition, compiled);
        if (compileFailure is not null)
            context.Report(compileFailure);
        foreach (var issue in compiled?.Issues ?? [])
        {
            // The compiler only sees duplicates within one container; DuplicateIdRule checks the whole definition.
            if (issue.Rule != ValidationRules.DuplicateActivityId)
                context.Report(issue);
        }

        foreach (var rule in _rules)
        {
            try
            {
                rule.Check(context);
            }
            catch (Exception e)
            {
                context.Error(ValidationRules.ValidatorFailure, $"The {rule.Name} check failed on this definition: {e.Message}", null);
            }
        }

        return IssueOrder.Sort(context.Issues, definition);
    }

    private CompiledWorkflow? TryCompile(WorkflowDefinition definition, out ValidationIssue? failure)
    {
        failure = null;
        try
        {
            return compiler.Compile(definition);
        }
        catch (Exception e)
        {
            failure = new ValidationIssue(ValidationSeverity.Error, ValidationRules.ValidatorFailure, $"The definition could not be compiled: {e.Message}");
            return null;
        }
    }
}
