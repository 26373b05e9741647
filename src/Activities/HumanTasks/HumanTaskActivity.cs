using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Activities.HumanTasks;

/// <summary>
/// Shared behaviour of <c>Incidents.HumanTask</c> and <c>Elsa.RunTask</c>: open a task row and wait on its bookmark (and,
/// for a task linked to a ticket, on the ticket's changes); on completion close the row and complete with the chosen
/// outcome; when cancelled, close the row in the same burst.
/// </summary>
public abstract class HumanTaskActivity : Activity
{
    /// <summary>The task as the inputs describe it.</summary>
    protected abstract HumanTaskOpening Describe(ActivityExecutionContext context);

    /// <summary>Sets the activity's outputs from a completion.</summary>
    protected abstract void SetOutputs(ActivityExecutionContext context, HumanTaskCompletion completion);

    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context) =>
        await HumanTaskLifecycle.OpenAsync(context, Describe(context));

    protected override async ValueTask OnResumeAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        if (bookmark.Name == HumanTaskBookmarks.TicketChanged)
        {
            await TicketFollowing.OnTicketChangedAsync(context, bookmark);
            return;
        }

        var completion = await HumanTaskLifecycle.CompleteAsync(context, bookmark);
        SetOutputs(context, completion);
        await context.CompleteAsync(completion.Outcome);
    }

    protected override void OnCanceled(ActivityExecutionContext context) => HumanTaskLifecycle.Cancel(context);
}
