namespace IncidentWorkflows.Engine.Execution;

/// <summary>A side effect an activity asked for, delivered through the outbox after the burst commits.</summary>
public sealed record OutgoingMessage(string Kind, string PayloadJson, string IdempotencyKey);
