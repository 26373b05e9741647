namespace IncidentWorkflows.Persistence.Tests.Timers;

/// <summary>Definitions with timer triggers that start workflows.</summary>
public static class TimerWorkflows
{
    /// <summary>Elsa.Timer (can start workflow) every <paramref name="interval"/> → WriteLine.</summary>
    public static string IntervalTrigger(string definitionId, string interval) => Trigger(definitionId,
        $$"""{ "id": "tick", "type": "Elsa.Timer", "interval": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "{{interval}}" } }, "customProperties": { "canStartWorkflow": true } }""");

    /// <summary>Elsa.Cron (can start workflow) on <paramref name="expression"/> → WriteLine.</summary>
    public static string CronTrigger(string definitionId, string expression) => Trigger(definitionId,
        $$"""{ "id": "tick", "type": "Elsa.Cron", "cronExpression": {{Workflows.Literal(expression)}}, "customProperties": { "canStartWorkflow": true } }""");

    private static string Trigger(string definitionId, string trigger) => $$"""
        {
          "id": "{{definitionId}}-v1", "definitionId": "{{definitionId}}", "name": "{{definitionId}}", "version": 1, "isPublished": true,
          "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            {{trigger}},
            { "id": "w", "type": "Elsa.WriteLine", "text": {{Workflows.Literal("ticked")}} } ],
            "connections": [ { "source": { "activity": "tick", "port": "Done" }, "target": { "activity": "w", "port": "In" } } ] }
        }
        """;
}
