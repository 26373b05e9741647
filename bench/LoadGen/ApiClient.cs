using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace IncidentWorkflows.LoadGen;

/// <summary>The two calls of one benchmark instance, authenticated as an integration with an API key.</summary>
public sealed class ApiClient(HttpClient http)
{
    private static readonly Uri Execute = new("/api/workflow-definitions/bench-flow/execute", UriKind.Relative);
    private static readonly string[] IntegrationRole = ["integration"];

    /// <summary>Signs in as the admin, creates an integration API key and returns a client that uses it.</summary>
    public static async Task<ApiClient> CreateAsync(Uri baseUrl, string email, string password)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        using var login = await http.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var create = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/api-keys", UriKind.Relative))
        {
            Content = JsonContent.Create(new { name = "loadgen-" + Guid.NewGuid().ToString("N")[..8], roles = IntegrationRole }),
        };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var created = await http.SendAsync(create);
        created.EnsureSuccessStatusCode();
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return new ApiClient(http);
    }

    /// <summary>Starts bench-flow (runs to its Event) and resumes its bookmark (runs to the end).</summary>
    public async Task RunInstanceAsync(CancellationToken cancellationToken)
    {
        using var started = await http.PostAsync(Execute, null, cancellationToken);
        started.EnsureSuccessStatusCode();
        using var document = await JsonDocument.ParseAsync(await started.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var bookmarkId = document.RootElement.GetProperty("bookmarks")[0].GetProperty("id").GetString();
        using var resumed = await http.PostAsync(new Uri($"/api/bookmarks/{bookmarkId}/resume", UriKind.Relative), null, cancellationToken);
        resumed.EnsureSuccessStatusCode();
    }
}
