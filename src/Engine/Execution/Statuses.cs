namespace IncidentWorkflows.Engine.Execution;

/// <summary>Elsa's two top-level workflow statuses.</summary>
public enum WorkflowStatus
{
    Running,
    Finished,
}

/// <summary>Elsa's sub-statuses: why a workflow is running or how it finished.</summary>
public enum WorkflowSubStatus
{
    Pending,
    Executing,
    Suspended,
    Finished,
    Cancelled,
    Faulted,
}

public enum ActivityStatus
{
    Pending,
    Running,
    Completed,
    Canceled,
    Faulted,
}

/// <summary>How a flowchart decides when a node with several inbound connections runs (Elsa's two modes).</summary>
public enum FlowchartMode
{
    CounterBased,
    TokenBased,
}

/// <summary>How much of each activity execution the journal keeps.</summary>
public enum JournalLevel
{
    None,
    Summary,
    Full,
}
