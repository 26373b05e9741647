namespace IncidentWorkflows.Incidents.Sla;

public enum SlaClockKind
{
    /// <summary>Time to acknowledgement by an engineer; only policies with an acknowledge target (default: S1) have it.</summary>
    Acknowledge,

    /// <summary>Time to the first engineer response (acknowledgement, work started, or a public answer).</summary>
    Response,

    /// <summary>Time to Resolved; continues with its earlier elapsed time after a reopen.</summary>
    Resolution,

    /// <summary>Time spent at one support level; every level reached by functional escalation gets a fresh one.</summary>
    SupportLevel,
}
