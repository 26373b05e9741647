using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;

namespace IncidentWorkflows.Host.Tests.Alerts;

public sealed class IntegrationApiTests
{
    [Fact]
    public async Task AddKey_DuringRotation_BothKeysWorkUntilTheOldOneIsRevoked()
    {
        await using var host = await AlertHost.StartAsync();
        var zabbix = await host.IntegrationAsync("Zabbix");
        var added = await host.Admin.PostAsync($"/api/integrations/{zabbix.Name}/keys", null);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var newKey = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("key").GetString()!;
        var rotated = zabbix with { Http = host.Factory.CreateServerClient() };
        rotated.Http.DefaultRequestHeaders.Add("X-Api-Key", newKey);

        await zabbix.AcceptedFixtureAsync("zabbix-problem.json");
        await rotated.AcceptedFixtureAsync("zabbix-problem.json");
        var third = await host.Admin.PostAsync($"/api/integrations/{zabbix.Name}/keys", null);
        await ProblemAssert.IsProblemAsync(third, HttpStatusCode.Conflict, "too-many-active-keys");

        var view = JsonDocument.Parse(await host.Admin.GetStringAsync($"/api/integrations/{zabbix.Name}")).RootElement;
        var oldKeyId = view.GetProperty("keys")[0].GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await host.Admin.PostAsync($"/api/integrations/{zabbix.Name}/keys/{oldKeyId}/revoke", null)).StatusCode);
        await ProblemAssert.IsProblemAsync(await zabbix.PostFixtureAsync("zabbix-problem.json"), HttpStatusCode.Unauthorized, "unauthorized");
        await rotated.AcceptedFixtureAsync("zabbix-problem.json");
    }

    [Fact]
    public async Task Get_Integration_ShowsSettingsButNeverKeysOrSecret()
    {
        await using var host = await AlertHost.StartAsync();
        var zabbix = await host.IntegrationAsync("Zabbix", new { autoResolve = true, groupBy = "{host}" }, signingSecret: "a-signing-secret-of-some-length");

        var body = await host.Admin.GetStringAsync($"/api/integrations/{zabbix.Name}");

        Assert.DoesNotContain(zabbix.Key, body, StringComparison.Ordinal);
        Assert.DoesNotContain("a-signing-secret", body, StringComparison.Ordinal);
        var view = JsonDocument.Parse(body).RootElement;
        Assert.True(view.GetProperty("signatureRequired").GetBoolean());
        Assert.True(view.GetProperty("settings").GetProperty("autoResolve").GetBoolean());
        Assert.Equal(1048576, view.GetProperty("settings").GetProperty("maxBodyBytes").GetInt32());
        Assert.Equal($"/api/alerts/{zabbix.Name}", view.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("""{"name":"Bad Name","source":"Zabbix","ownerTeam":"ops"}""", "invalid-value", "name")]
    [InlineData("""{"name":"zbx","ownerTeam":"ops"}""", "required", "source")]
    [InlineData("""{"name":"zbx","source":"Zabbix","ownerTeam":"ops","settings":{"routes":[{"matchers":[{"label":"a","op":"~","value":"b"}]}]}}""", "invalid-value", "settings.routes[0].matchers[0]")]
    [InlineData("""{"name":"zbx","source":"Zabbix","ownerTeam":"ops","settings":{"groupBy":"{host"}}""", "invalid-value", "settings.groupBy")]
    [InlineData("""{"name":"zbx","source":"Zabbix","ownerTeam":"ops","settings":{"maxBodyBytes":0}}""", "invalid-value", "settings.maxBodyBytes")]
    [InlineData("""{"name":"zbx","source":"Zabbix","ownerTeam":"ops","signingSecret":"short"}""", "invalid-value", "signingSecret")]
    public async Task Create_InvalidIntegration_Is400NamingTheField(string body, string rule, string field)
    {
        await using var host = await AlertHost.StartAsync();

        var response = await host.Admin.PostAsync("/api/integrations", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, rule, field);
    }

    [Fact]
    public async Task Create_ByAnEngineer_Is403()
    {
        await using var host = await AlertHost.StartAsync();
        var engineer = await host.Factory.CreateClientWithRolesAsync("engineer-l1");

        var response = await engineer.PostAsJsonAsync("/api/integrations", new { name = "zbx", source = "Zabbix", ownerTeam = "ops" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
