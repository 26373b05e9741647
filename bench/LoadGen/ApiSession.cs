using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace IncidentWorkflows.LoadGen;

/// <summary>The HTTP client the load uses: keep-alive connections to the host, authenticated by an integration API key.</summary>
internal static class ApiSession
{
    private static readonly string[] IntegrationRole = ["integration"];

    public static HttpClient CreateClient(Uri url, string apiKey, bool bearer = false)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = int.MaxValue,
            UseCookies = false,
            UseProxy = false,
        };
        var client = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        if (bearer)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        else
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>As an operator would: sign in as the bootstrap admin, then create a key with the integration role.</summary>
    public static async Task<string> CreateIntegrationKeyAsync(Uri url, string email, string password)
    {
        using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        using var login = await client.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { email, password });
        var token = (await ReadAsync(login, "sign in"))["accessToken"]?.GetValue<string>() ?? throw new InvalidOperationException("The login answer has no accessToken.");

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/api-keys", UriKind.Relative))
        {
            Content = JsonContent.Create(new { name = "loadgen", roles = IntegrationRole }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var created = await client.SendAsync(request);
        return (await ReadAsync(created, "create an API key"))["key"]?.GetValue<string>() ?? throw new InvalidOperationException("The API key answer has no key.");
    }

    /// <summary>As an administrator would: a generic integration whose new incidents start the benchmark workflow.</summary>
    public static async Task<string> CreateAlertIntegrationAsync(Uri url, string email, string password, string name, string workflow)
    {
        using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        using var login = await client.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { email, password });
        var token = (await ReadAsync(login, "sign in"))["accessToken"]?.GetValue<string>() ?? throw new InvalidOperationException("The login answer has no accessToken.");

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/integrations", UriKind.Relative))
        {
            Content = JsonContent.Create(new { name, source = "Generic", ownerTeam = "bench", settings = new { workflow, category = "Platform" } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var created = await client.SendAsync(request);
        return (await ReadAsync(created, "create an integration"))["key"]?["key"]?.GetValue<string>() ?? throw new InvalidOperationException("The integration answer has no key.");
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Could not {what}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body) ?? throw new InvalidOperationException($"Could not {what}: empty answer.");
    }
}
