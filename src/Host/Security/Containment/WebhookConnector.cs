using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Security.Containment;

/// <summary>
/// POSTs the action as JSON to the configured URL, signed: <c>X-IncidentWorkflows-Signature: sha256=HEX</c> is the
/// HMAC-SHA256 of <c>TIMESTAMP.BODY</c> with the shared secret, <c>X-IncidentWorkflows-Timestamp</c> the Unix seconds
/// (so a receiver can refuse replays), <c>Idempotency-Key</c> the same on every repeat of one action. 2xx: done;
/// 4xx: the system refused (recorded as failed); anything else, or no answer: tried again later.
/// </summary>
internal sealed class WebhookConnector(HttpClient http, IOptionsMonitor<ConnectorOptions> options, TimeProvider time) : IContainmentConnector
{
    public const string SignatureHeader = "X-IncidentWorkflows-Signature";
    public const string TimestampHeader = "X-IncidentWorkflows-Timestamp";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => "webhook";

    public async Task<ContainmentResult> ExecuteAsync(ContainmentRequest request, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue.Webhook;
        if (string.IsNullOrWhiteSpace(settings.Url) || string.IsNullOrEmpty(settings.Secret))
            throw new InvalidOperationException("The webhook connector needs Security:Connectors:Webhook:Url and :Secret.");

        var body = JsonSerializer.Serialize(new { request.ActionId, request.Action, request.Target, request.Ticket, request.Tlp }, Json);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var message = new HttpRequestMessage(HttpMethod.Post, settings.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        message.Headers.Add(SignatureHeader, "sha256=" + Sign(settings.Secret, timestamp, body));
        message.Headers.Add(TimestampHeader, timestamp);
        message.Headers.Add("Idempotency-Key", request.IdempotencyKey);
        message.Headers.Add("X-TLP", request.Tlp);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        using var response = await http.SendAsync(message, timeout.Token);
        var answer = await response.Content.ReadAsStringAsync(timeout.Token);
        var detail = $"{(int)response.StatusCode} {answer}".Trim();
        if (response.IsSuccessStatusCode)
            return new ContainmentResult(true, Truncate(detail));
        if ((int)response.StatusCode is >= 400 and < 500)
            return new ContainmentResult(false, Truncate(detail));
        throw new HttpRequestException($"The containment webhook answered {detail}; trying again later.");
    }

    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    private static string Truncate(string text) => text.Length <= 2000 ? text : text[..2000];
}
