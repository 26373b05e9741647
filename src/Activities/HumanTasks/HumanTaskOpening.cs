using IncidentWorkflows.Persistence.HumanTasks;

namespace IncidentWorkflows.Activities.HumanTasks;

/// <summary>What a task activity asks of people, read from its inputs when it starts waiting.</summary>
public sealed record HumanTaskOpening(
    string Title,
    string? Instructions,
    string? CandidateGroup,
    string? CandidateRole,
    string? Assignee,
    IReadOnlyList<HumanTaskField> Fields,
    IReadOnlyList<string> Outcomes,
    TimeSpan? DueIn,
    string? Ticket,
    object? Payload);

/// <summary>What the person who completed the task chose and filled in.</summary>
public sealed record HumanTaskCompletion(string Outcome, Dictionary<string, object?> Data, string CompletedBy);
