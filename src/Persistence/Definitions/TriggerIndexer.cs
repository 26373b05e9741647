using System.Text.Json;
using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence.Entities;

namespace IncidentWorkflows.Persistence.Definitions;

/// <summary>
/// Finds the triggers of a published version: trigger activities marked "can start workflow" with known stimuli. An
/// <c>Elsa.HttpEndpoint</c> without the mark is not a trigger (as in Elsa, where HTTP triggers set CanStartWorkflow):
/// inside a flow it waits for a request to resume its instance, and indexing it would start new instances instead.
/// </summary>
public static class TriggerIndexer
{
    public static IEnumerable<TriggerRecord> Index(CompiledWorkflow workflow)
    {
        foreach (var activity in workflow.Activities)
        {
            if (InsideComposite(activity) || !activity.CanStartWorkflow)
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
}
