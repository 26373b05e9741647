namespace IncidentWorkflows.Host.Security.Containment;

/// <summary><c>Security:Connectors</c>: the webhook connector (on when it has a URL) and the script connector (off by default).</summary>
public sealed class ConnectorOptions
{
    public const string Section = "Security:Connectors";

    public WebhookConnectorOptions Webhook { get; set; } = new();
    public ScriptConnectorOptions Script { get; set; } = new();
}

public sealed class WebhookConnectorOptions
{
    /// <summary>Where actions are POSTed; without it every webhook action is retried and, in the end, dead-lettered.</summary>
    public string? Url { get; set; }

    /// <summary>The HMAC-SHA256 key the receiver checks the signature with (keep it in the environment or a secret store).</summary>
    public string? Secret { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

public sealed class ScriptConnectorOptions
{
    /// <summary>Running local programs is a risk of its own, so an operator turns it on explicitly.</summary>
    public bool Enabled { get; set; }

    /// <summary>The program run as <c>PATH ACTION TARGET</c>, with the ticket and the idempotency key in the environment.</summary>
    public string? Path { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);
}
