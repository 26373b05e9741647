using System.Reflection;
using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Expressions;

namespace IncidentWorkflows.Engine.Validation.Rules;

/// <summary>An input declared <c>[Input(IsRequired = true)]</c> needs an expression with a value in the node.</summary>
public sealed class RequiredInputRule : IValidationRule
{
    public string Name => "required inputs";

    public void Check(ValidationContext context)
    {
        foreach (var activity in context.Activities())
        {
            foreach (var property in ActivityMetadata.Inputs(activity.GetType()))
            {
                var attribute = property.GetCustomAttribute<InputAttribute>();
                if (attribute is not { IsRequired: true, DefaultValue: null })
                    continue;
                var input = (InputBase?)property.GetValue(activity);
                if (input is null || IsBlank(input.Source))
                {
                    var label = attribute.DisplayName ?? property.Name;
                    context.Error(ValidationRules.MissingRequiredInput, $"{activity.Type} needs a value for '{label}'.", activity.Id, ActivityMetadata.JsonName(property.Name));
                }
            }
        }
    }

    /// <summary>The designer writes unfilled inputs as an empty literal, so an empty text counts as missing.</summary>
    private static bool IsBlank(ExpressionDefinition? source) => source?.Value switch
    {
        null => true,
        JsonValue value when value.TryGetValue<string>(out var text) => string.IsNullOrWhiteSpace(text),
        _ => false,
    };
}
