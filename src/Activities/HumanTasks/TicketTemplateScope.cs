using IncidentWorkflows.Engine.Expressions;

namespace IncidentWorkflows.Activities.HumanTasks;

/// <summary>The activity's own scope plus a read-only <c>Ticket</c> variable, without touching the workflow's variables.</summary>
internal sealed class TicketTemplateScope(IExpressionScope inner, Dictionary<string, object?>? ticket) : IExpressionScope
{
    private const string TicketName = "Ticket";

    public string WorkflowInstanceId => inner.WorkflowInstanceId;
    public string WorkflowDefinitionId => inner.WorkflowDefinitionId;

    public string? CorrelationId
    {
        get => inner.CorrelationId;
        set => inner.CorrelationId = value;
    }

    public IEnumerable<string> VisibleVariableNames =>
        ticket is null ? inner.VisibleVariableNames : inner.VisibleVariableNames.Where(n => n != TicketName).Prepend(TicketName);

    public bool TryGetVariable(string name, out object? value)
    {
        if (ticket is not null && name == TicketName)
        {
            value = ticket;
            return true;
        }

        return inner.TryGetVariable(name, out value);
    }

    public void SetVariable(string name, object? value) => inner.SetVariable(name, value);
    public IReadOnlyDictionary<string, object?> Inputs => inner.Inputs;
    public bool TryGetScheduledInput(string name, out object? value) => inner.TryGetScheduledInput(name, out value);
    public IEnumerable<(string Activity, string Output)> ActivityOutputNames => inner.ActivityOutputNames;
    public bool TryGetActivityOutput(string activity, string output, out object? value) => inner.TryGetActivityOutput(activity, output, out value);
    public object? LastResult => inner.LastResult;
    public CancellationToken CancellationToken => inner.CancellationToken;
}
