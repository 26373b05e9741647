using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace IncidentWorkflows.Host.Tests.Support;

/// <summary>Calls of the administration API that many auth tests make, through the real endpoints.</summary>
public static class AdminApi
{
    public static async Task<JsonElement> CreateApiKeyAsync(this HttpClient admin, string name, params string[] roles)
    {
        using var response = await admin.PostAsJsonAsync(new Uri("/api/api-keys", UriKind.Relative), new { name, roles });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    public static async Task<JsonElement> CreateUserAsync(this HttpClient admin, object request)
    {
        using var response = await admin.PostAsJsonAsync(new Uri("/api/users", UriKind.Relative), request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    /// <summary>A client that authenticates with the X-Api-Key header only.</summary>
    public static HttpClient CreateApiKeyClient(this KestrelHostFactory factory, string key)
    {
        var client = factory.CreateServerClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public static async Task<JsonElement> FetchJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static List<string> Strings(this JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
