using System.Globalization;

namespace IncidentWorkflows.LoadGen;

/// <summary>
/// One alert POSTed to a generic integration: new (a fresh key: ticket, dedup identity and workflow start in one commit)
/// or, with <c>duplicateShare</c>, a repeat of a key already accepted (counter, timeline entry, workflow event queued).
/// Duplicates only use keys whose 202 came back, so they really are duplicates and never race their own first delivery.
/// </summary>
internal sealed class AlertArrival(HttpClient client, string integration, double duplicateShare) : IArrival
{
    private const int Remembered = 4096;

    private readonly Uri _path = new($"/api/alerts/{Uri.EscapeDataString(integration)}", UriKind.Relative);
    private readonly string?[] _accepted = new string?[Remembered];
    private long _next;
    private long _acceptedCount;

    public ArrivalLabels Labels { get; } = ArrivalLabels.Alerts(duplicateShare);

    public async Task<string?> RunAsync()
    {
        var known = Interlocked.Read(ref _acceptedCount);
        var duplicate = known > 0 && Random.Shared.NextDouble() < duplicateShare;
        var key = duplicate
            ? _accepted[Random.Shared.NextInt64(Math.Min(known, Remembered)) % Remembered]!
            : "bench-" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        var body = $$$"""{"key":"{{{key}}}","status":"firing","title":"Queue depth above 1000 on {{{key}}}","severity":"warning","labels":{"service":"bench","queue":"{{{key}}}"}}""";
        try
        {
            using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(_path, content);
            if (response.StatusCode != System.Net.HttpStatusCode.Accepted)
                return $"alert {(int)response.StatusCode}";
            if (!duplicate)
                _accepted[(Interlocked.Increment(ref _acceptedCount) - 1) % Remembered] = key;
            return null;
        }
        catch (HttpRequestException e)
        {
            return "http: " + e.HttpRequestError;
        }
        catch (TaskCanceledException)
        {
            return "timeout";
        }
    }
}
