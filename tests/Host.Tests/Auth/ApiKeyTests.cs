using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.Host.Tests.Auth;

public sealed class ApiKeyTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Fact]
    public async Task Create_NameAndRoles_Returns201WithTheKeyAndItsLocation()
    {
        using var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.PostAsJsonAsync(new Uri("/api/api-keys", UriKind.Relative), new { name = "zabbix", roles = new[] { "integration" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadJsonAsync();
        var key = created.GetProperty("key").GetString()!;
        Assert.StartsWith("iwk_", key, StringComparison.Ordinal);
        Assert.StartsWith(created.GetProperty("prefix").GetString()!, key, StringComparison.Ordinal);
        Assert.Equal(["integration"], created.GetProperty("roles").Strings());
        Assert.Equal($"/api/api-keys/{created.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task CreatedKey_CallsMe_AuthenticatesWithTheKeysRoles()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var created = await admin.CreateApiKeyAsync("prometheus", "integration", "engineer-l1");
        using var client = factory.CreateApiKeyClient(created.GetProperty("key").GetString()!);

        var me = await client.FetchJsonAsync("/api/auth/me");

        Assert.Equal("prometheus", me.GetProperty("name").GetString());
        Assert.Equal("ApiKey", me.GetProperty("via").GetString());
        Assert.Equal(["engineer-l1", "integration"], me.GetProperty("roles").Strings());
    }

    [Fact]
    public async Task Revoke_KeyInUse_NextRequestReturns401()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var created = await admin.CreateApiKeyAsync("to-revoke", "integration");
        var id = created.GetProperty("id").GetString();
        using var client = factory.CreateApiKeyClient(created.GetProperty("key").GetString()!);
        using var before = await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative));

        using var revoke = await admin.PostAsync(new Uri($"/api/api-keys/{id}/revoke", UriKind.Relative), null);
        using var after = await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.NotEqual(JsonValueKind.Null, (await revoke.ReadJsonAsync()).GetProperty("revokedAt").ValueKind);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory]
    [InlineData("iwk_0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("not-a-key")]
    public async Task UnknownKey_ApiCall_Returns401(string key)
    {
        using var client = factory.CreateApiKeyClient(key);

        using var response = await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task List_AfterCreateAndUse_ShowsMetadataButNeverTheKeyOrItsHash()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var created = await admin.CreateApiKeyAsync("listed", "integration");
        var key = created.GetProperty("key").GetString()!;
        using (var client = factory.CreateApiKeyClient(key))
            await client.FetchJsonAsync("/api/auth/me");

        var text = await admin.GetStringAsync(new Uri("/api/api-keys", UriKind.Relative));
        var single = await admin.GetStringAsync(new Uri($"/api/api-keys/{created.GetProperty("id").GetString()}", UriKind.Relative));

        Assert.DoesNotContain(key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKeyHash(key), text, StringComparison.Ordinal);
        Assert.DoesNotContain(key, single, StringComparison.Ordinal);
        var listed = Assert.Single(JsonDocument.Parse(text).RootElement.EnumerateArray(), k => k.GetProperty("name").GetString() == "listed");
        Assert.Equal(["createdAt", "id", "lastUsedAt", "name", "prefix", "revokedAt", "roles"], listed.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("lastUsedAt").ValueKind);
    }

    [Fact]
    public async Task Create_Always_StoresOnlyTheHashInTheDatabase()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var created = await admin.CreateApiKeyAsync("hashed", "integration");
        var key = created.GetProperty("key").GetString()!;

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            var record = await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == created.GetProperty("id").GetString());
            Assert.Equal(ApiKeyHash(key), record.Hash);
            Assert.DoesNotContain(key, $"{record.Name}|{record.Prefix}|{record.Roles}|{record.CreatedBy}", StringComparison.Ordinal);
        }

        // The raw files, WAL included: the secret appears nowhere, while its hash does (so the files read are the right ones).
        var bytes = ReadDatabaseFiles();
        Assert.False(Contains(bytes, key), "the plaintext key is in the database files");
        Assert.True(Contains(bytes, ApiKeyHash(key)), "the key's hash was not found in the database files");
    }

    [Theory]
    [InlineData("""{"roles":["integration"]}""", "name", "required")]
    [InlineData("""{"name":"  ","roles":["integration"]}""", "name", "required")]
    [InlineData("""{"name":"x","roles":["integration","root"]}""", "roles", "unknown-role")]
    [InlineData("""{"name":"x","roles":[]}""", "roles", "required")]
    [InlineData("""{"name":"x"}""", "roles", "required")]
    public async Task Create_InvalidRequest_Returns400NamingFieldAndRule(string body, string field, string rule)
    {
        using var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.PostAsync(new Uri("/api/api-keys", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, rule, field);
    }

    [Fact]
    public async Task Create_NameOfAnActiveKey_Returns400UntilThatKeyIsRevoked()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var first = await admin.CreateApiKeyAsync("grafana", "integration");

        using var duplicate = await admin.PostAsJsonAsync(new Uri("/api/api-keys", UriKind.Relative), new { name = "GRAFANA", roles = new[] { "integration" } });
        using var revoke = await admin.PostAsync(new Uri($"/api/api-keys/{first.GetProperty("id").GetString()}/revoke", UriKind.Relative), null);
        using var reused = await admin.PostAsJsonAsync(new Uri("/api/api-keys", UriKind.Relative), new { name = "grafana", roles = new[] { "integration" } });

        await ProblemAssert.IsProblemAsync(duplicate, HttpStatusCode.BadRequest, "duplicate-name", "name");
        Assert.Equal(HttpStatusCode.Created, reused.StatusCode);
    }

    [Fact]
    public async Task Revoke_UnknownId_Returns404()
    {
        using var admin = await factory.CreateAdminClientAsync();

        using var response = await admin.PostAsync(new Uri("/api/api-keys/missing/revoke", UriKind.Relative), null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    private static string ApiKeyHash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private byte[] ReadDatabaseFiles()
    {
        using var all = new MemoryStream();
        foreach (var path in new[] { factory.DatabasePath, factory.DatabasePath + "-wal" }.Where(File.Exists))
        {
            // The host keeps the files open; share them instead of asking for exclusive access.
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            file.CopyTo(all);
        }

        return all.ToArray();
    }

    private static bool Contains(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0;
}
