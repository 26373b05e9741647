using System.Text.Json;
using IncidentWorkflows.Engine.Activities.Composition;
using IncidentWorkflows.Engine.Serialization;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Finishes work a crash interrupted between a commit and what follows it. Timers are reconciled by the timer
    /// scheduler; here: parents still waiting for a child that already finished (the wake-up happens after the
    /// child's commit, so a crash in between would leave the parent waiting forever). Returns how many were woken.
    /// </summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        List<string?> payloads;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            payloads = await db.Bookmarks.AsNoTracking().Where(b => b.Name == ExecuteWorkflow.StimulusName).Select(b => b.PayloadJson).ToListAsync(cancellationToken);
        }

        var woken = 0;
        foreach (var payload in payloads)
        {
            var childId = payload is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(payload)?.GetValueOrDefault("childInstanceId");
            if (childId is null)
                continue;
            string? childState;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                childState = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == childId && i.Status == "Finished").Select(i => i.StateJson).FirstOrDefaultAsync(cancellationToken);
            }

            if (childState is null)
                continue;
            await WakeWaitingParentAsync(WorkflowStateSerializer.Deserialize(childState), cancellationToken);
            woken++;
        }

        return woken;
    }
}
