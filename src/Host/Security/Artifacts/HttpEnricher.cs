using System.Net.Http.Headers;
using System.Net.Http.Json;
using IncidentWorkflows.Incidents.SecurityIncidents;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Security.Artifacts;

/// <summary>
/// Asks an external service about an indicator (<c>POST {kind, value}</c> → <c>{verdict, detail}</c>). A service that is
/// down or answers nonsense gives no finding rather than failing the extraction: enrichment is advice, the artifact is kept.
/// </summary>
internal sealed class HttpEnricher(HttpClient http, IOptionsMonitor<EnrichmentOptions> options, ILogger<HttpEnricher> logger) : IArtifactEnricher
{
    public string Name => "http";

    public async Task<Enrichment?> EnrichAsync(Indicator indicator, CancellationToken cancellationToken)
    {
        var current = options.CurrentValue;
        if (string.IsNullOrWhiteSpace(current.ServiceUrl))
            return null;

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, current.ServiceUrl) { Content = JsonContent.Create(new { kind = indicator.Kind.ToString(), value = indicator.Value }) };
            if (!string.IsNullOrWhiteSpace(current.ServiceToken))
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", current.ServiceToken);
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync<ServiceAnswer>(cancellationToken);
            return answer is not null && Enum.TryParse<ArtifactVerdict>(answer.Verdict, ignoreCase: true, out var verdict)
                ? new Enrichment(Name, verdict, answer.Detail ?? "")
                : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            logger.LogWarning(e, "The enrichment service did not answer for a {Kind} indicator.", indicator.Kind);
            return null;
        }
    }

    private sealed record ServiceAnswer(string? Verdict, string? Detail);
}
