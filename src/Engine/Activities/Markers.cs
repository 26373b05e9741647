namespace IncidentWorkflows.Engine.Activities;

/// <summary>An activity that contains others (flowchart, sequence, loops, workflows used as activities).</summary>
public interface IContainerActivity;

/// <summary>When it completes, the flowchart that contains it completes at once (Elsa.End).</summary>
public interface ITerminalNode;
