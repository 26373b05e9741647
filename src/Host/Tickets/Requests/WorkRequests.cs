using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Host.Tickets.Requests;

/// <summary>A public update (the requester sees it) or an internal note. Staff default to Internal; requesters always write Public.</summary>
public sealed record CommentRequest(string? Text, Visibility? Visibility);

/// <summary>A piece of the work for a person or group; an open mandatory task blocks resolving.</summary>
public sealed record TaskRequest(string? Title, bool Mandatory, string? Assignee);

/// <summary>Drops a task that is no longer needed.</summary>
public sealed record CancelTaskRequest(string? Reason);

/// <summary>An engineer's override of the triage result (any of severity, priority, category), with the mandatory reason.</summary>
public sealed record ClassificationRequest(Severity? Severity, Priority? Priority, string? Category, string? Subcategory, string? Reason);

/// <summary>
/// Names the engineer, and/or moves the ticket to another group: a support level's group (the level's clock starts fresh)
/// or a named team outside the levels (no <c>level</c>). A move clears the assignee unless one is named in the same request.
/// </summary>
public sealed record AssignmentRequest(string? Assignee, string? Group, SupportLevel? Level, string? Reason);

/// <summary>The root cause, or a reference to the analysis document; required before closing S1 and security tickets.</summary>
public sealed record RootCauseRequest(string? RootCause);

/// <summary>What the team learned, or a reference to the report; required with the root cause before closing S1 and security tickets.</summary>
public sealed record LessonsLearnedRequest(string? LessonsLearned);
