using System.Globalization;
using IncidentWorkflows.Engine.Execution;

namespace IncidentWorkflows.Engine.Activities.Timers;

/// <summary>
/// Shared behaviour of Delay, Timer, Cron and StartAt: compute when the activity is due, create a timer bookmark
/// carrying that moment, complete when the scheduler resumes it. As the workflow's trigger it completes at once.
/// </summary>
public abstract class TimerActivity : Activity
{
    public const string ResumeAtKey = "resumeAt";

    /// <summary>The stimulus name of the bookmark (Elsa.Delay, Elsa.Timer, ...).</summary>
    protected string StimulusName => Type;

    /// <summary>When the timer is due, from now.</summary>
    protected abstract DateTimeOffset DueAt(ActivityExecutionContext context, DateTimeOffset now);

    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.ConsumeTrigger())
            return context.CompleteAsync();

        var dueAt = DueAt(context, context.Time.GetUtcNow());
        var payload = new Dictionary<string, string> { [ResumeAtKey] = dueAt.ToString("O", CultureInfo.InvariantCulture) };
        context.CreateBookmark(StimulusName, payload, dueAt);
        return default;
    }
}
