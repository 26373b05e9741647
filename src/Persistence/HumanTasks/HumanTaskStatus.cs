namespace IncidentWorkflows.Persistence.HumanTasks;

/// <summary>Where a human task stands; stored by name.</summary>
public enum HumanTaskStatus
{
    /// <summary>Waiting for someone to complete it (claimed or not).</summary>
    Open,

    /// <summary>Completed with an outcome; the workflow went on.</summary>
    Completed,

    /// <summary>The activity or the whole workflow instance was cancelled.</summary>
    Cancelled,

    /// <summary>The linked ticket was resolved, closed or cancelled before anyone completed the task.</summary>
    Obsolete,
}
