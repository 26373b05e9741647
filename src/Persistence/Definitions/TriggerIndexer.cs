using System.Text.Json;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence.Entities;

namespace IncidentWorkflows.Persistence.Definitions;

/// <summary>Finds the triggers of a published version: trigger activities marked "can start workflow" with known stimuli.</summary>
public static class TriggerIndexer
{
    public static IEnumerable<TriggerRecord> Index(CompiledWorkflow workflow)
    {
        foreach (var activity in workflow.Activities)
        {
            if (InsideComposite(activity) || !activity.CanStartWorkflow && !IsHttpEndpoint(activity))
                continue;
            foreach (var payload in activity.TriggerPayloads())
            {
                yield return new TriggerRecord
                {
                    DefinitionId = workflow.Definition.DefinitionId,
                    DefinitionVersionId = workflow.Definition.Id,
                    ActivityId = activity.Id,
                    Name = activity.Type,
                    Hash = BookmarkHasher.Hash(activity.Type, payload),
                    PayloadJson = JsonSerializer.Serialize(payload),
                };
            }
        }
    }

    /// <summary>Triggers inside a workflow used as an activity belong to that workflow, not to this one.</summary>
    private static bool InsideComposite(Activity activity)
    {
        for (var parent = activity.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is CompositeActivity)
                return true;
        }

        return false;
    }

    /// <summary>An HTTP endpoint is a trigger even without the flag, as in Elsa.</summary>
    private static bool IsHttpEndpoint(Activity activity) => activity.Type == "Elsa.HttpEndpoint";
}
