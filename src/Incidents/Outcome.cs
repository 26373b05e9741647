namespace IncidentWorkflows.Incidents;

/// <summary>The result of a command on the domain: accepted, or refused with the rule that refused it.</summary>
public readonly record struct Outcome(Refusal? Refusal)
{
    public static Outcome Accepted => default;

    public bool IsAccepted => Refusal is null;

    public static Outcome Refused(string ruleId, string message) => new(new Refusal(ruleId, message));

    public static implicit operator Outcome(Refusal? refusal) => new(refusal);
}

/// <summary>An <see cref="Outcome"/> that carries what the command created when it was accepted.</summary>
public readonly record struct Outcome<T>(T? Value, Refusal? Refusal)
    where T : class
{
    public bool IsAccepted => Refusal is null;

    public static Outcome<T> Accepted(T value) => new(value, null);

    public static Outcome<T> Refused(Refusal refusal) => new(null, refusal);
}
