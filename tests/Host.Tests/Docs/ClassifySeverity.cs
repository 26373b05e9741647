using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Host.Tests.Docs;

/// <summary>The README's "Adding an activity" example, kept here so the example keeps compiling and working.</summary>
[Activity("Incidents.ClassifySeverity", "Incidents", "Maps impact and urgency to a severity S1–S4.",
    DisplayName = "Classify Severity", Outcomes = ["Major", "Minor"])]
public sealed class ClassifySeverity : Activity
{
    [Input(Description = "Impact 1 (highest) to 3.", IsRequired = true)]
    public Input<int> Impact { get; set; } = new();

    [Input(Description = "Urgency 1 (highest) to 3.", IsRequired = true)]
    public Input<int> Urgency { get; set; } = new();

    [Output(Description = "S1 to S4.")]
    public Output<string> Severity { get; set; } = new();

    protected override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var score = context.Get(Impact) + context.Get(Urgency);
        var severity = score switch { <= 2 => "S1", 3 => "S2", 4 => "S3", _ => "S4" };
        context.Set(Severity, severity, nameof(Severity));
        return context.CompleteAsync(score <= 3 ? "Major" : "Minor");
    }
}
