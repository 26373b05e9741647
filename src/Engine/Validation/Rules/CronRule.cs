using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Activities.Timers;

namespace IncidentWorkflows.Engine.Validation.Rules;

/// <summary>A literal cron expression must parse; computed ones can only be checked when they run.</summary>
public sealed class CronRule : IValidationRule
{
    public string Name => "cron expressions";

    public void Check(ValidationContext context)
    {
        foreach (var cron in context.Activities().OfType<Cron>())
        {
            var source = cron.CronExpression.Source;
            if (source is null || !string.Equals(source.Type, "Literal", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(source.Text))
                continue;
            try
            {
                Cron.Parse(source.Text);
            }
            catch (Exception e)
            {
                context.Error(ValidationRules.InvalidCron, $"Error when parsing cron expression: {e.Message}", cron.Id, ActivityMetadata.JsonName(nameof(Cron.CronExpression)));
            }
        }
    }
}
