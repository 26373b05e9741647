using System.Globalization;
using System.Net;
using System.Text;
using IncidentWorkflows.Host.Alerts.Delivery;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Persistence.Alerts.Storage;

namespace IncidentWorkflows.Host.Tests.Alerts;

/// <summary>Every refusal is the right status with ProblemDetails, and leaves nothing stored.</summary>
public sealed class DeliveryRefusalTests
{
    private const string Secret = "a-signing-secret-of-some-length";

    private static async Task AssertNothingStoredAsync(AlertHost host)
    {
        Assert.Equal(0, await host.CountAsync<AlertDeliveryRecord>());
        Assert.Equal(0, await host.CountAsync<AlertRecord>());
        Assert.Equal(0, await host.TicketCountAsync());
    }

    private static HttpRequestMessage Signed(IntegrationClient client, string body, DateTimeOffset at, string secret = Secret)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/alerts/{client.Name}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(SignatureCheck.TimestampHeader, timestamp);
        request.Headers.Add(SignatureCheck.SignatureHeader, SignatureCheck.Scheme + Convert.ToHexStringLower(SignatureCheck.Expected(secret, timestamp, Encoding.UTF8.GetBytes(body))));
        return request;
    }

    [Fact]
    public async Task Post_WrongKey_Is401BeforeTheBodyIsReadAndStoresNothing()
    {
        await using var host = await AlertHost.StartAsync();
        var zabbix = await host.IntegrationAsync("Zabbix");
        zabbix.Http.DefaultRequestHeaders.Authorization = new("Bearer", "iwi_not-the-key");

        // Not even JSON: a 401 proves authentication came first.
        await ProblemAssert.IsProblemAsync(await zabbix.PostAsync("{ not json"), HttpStatusCode.Unauthorized, "unauthorized");
        await AssertNothingStoredAsync(host);
    }

    [Fact]
    public async Task Post_UnknownIntegration_Is401LikeAWrongKey()
    {
        await using var host = await AlertHost.StartAsync();
        var zabbix = await host.IntegrationAsync("Zabbix");

        var response = await zabbix.Http.PostAsync("/api/alerts/no-such-integration", new StringContent(Fixtures.Read("zabbix-problem.json"), Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Post_ValidSignature_IsAccepted()
    {
        await using var host = await AlertHost.StartAsync();
        var zabbix = await host.IntegrationAsync("Zabbix", signingSecret: Secret);

        var response = await zabbix.Http.SendAsync(Signed(zabbix, Fixtures.Read("zabbix-problem.json"), host.Time.GetUtcNow().AddMinutes(-4)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData(-6, Secret, "signature-expired")]
    [InlineData(6, Secret, "signature-expired")]
    [InlineData(0, "another-secret-of-some-length", "signature-invalid")]
    public async Task Post_BadSignature_Is401AndStoresNothing(int minutesOff, string secret, string rule)
    {
        await using var host = await AlertHost.StartAsync();
        var zabbix = await host.IntegrationAsync("Zabbix", signingSecret: Secret);

        var response = await zabbix.Http.SendAsync(Signed(zabbix, Fixtures.Read("zabbix-problem.json"), host.Time.GetUtcNow().AddMinutes(minutesOff), secret));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, rule);
        await AssertNothingStoredAsync(host);
    }

    [Fact]
    public async Task Post_UnsignedToASigningIntegration_Is401()
    {
        await using var host = await AlertHost.StartAsync();
        var zabbix = await host.IntegrationAsync("Zabbix", signingSecret: Secret);

        await ProblemAssert.IsProblemAsync(await zabbix.PostFixtureAsync("zabbix-problem.json"), HttpStatusCode.Unauthorized, "signature-required");
        await AssertNothingStoredAsync(host);
    }

    [Fact]
    public async Task Post_ReplayedSignature_Is401()
    {
        await using var host = await AlertHost.StartAsync();
        var zabbix = await host.IntegrationAsync("Zabbix", signingSecret: Secret);
        var body = Fixtures.Read("zabbix-problem.json");
        var at = host.Time.GetUtcNow();
        Assert.Equal(HttpStatusCode.Accepted, (await zabbix.Http.SendAsync(Signed(zabbix, body, at))).StatusCode);

        var replay = await zabbix.Http.SendAsync(Signed(zabbix, body, at));

        await ProblemAssert.IsProblemAsync(replay, HttpStatusCode.Unauthorized, "signature-replayed");
        Assert.Equal(1, await host.CountAsync<AlertDeliveryRecord>());
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Is413AndStoresNothing()
    {
        await using var host = await AlertHost.StartAsync();
        var generic = await host.IntegrationAsync("Generic");
        var body = $$"""{"key":"big","status":"firing","title":"Big","description":"{{new string('x', 1024 * 1024)}}"}""";

        await ProblemAssert.IsProblemAsync(await generic.PostAsync(body), HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
        await AssertNothingStoredAsync(host);
    }

    [Fact]
    public async Task Post_OverTheRateLimit_Is429WithRetryAfter()
    {
        await using var host = await AlertHost.StartAsync();
        var zabbix = await host.IntegrationAsync("Zabbix", new { rateLimitPerMinute = 2 });
        await zabbix.AcceptedFixtureAsync("zabbix-problem.json");
        await zabbix.AcceptedFixtureAsync("zabbix-problem.json");

        var limited = await zabbix.PostFixtureAsync("zabbix-problem.json");

        await ProblemAssert.IsProblemAsync(limited, HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.NotNull(limited.Headers.RetryAfter);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await zabbix.AcceptedFixtureAsync("zabbix-problem.json");
    }

    [Theory]
    [InlineData("Alertmanager", "{ \"version\": \"4\", ", "invalid-json", "body")]
    [InlineData("Alertmanager", "[1, 2]", "wrong-type", "body")]
    [InlineData("Alertmanager", """{"version":"4","status":"firing","groupKey":"g","alerts":[{"status":"firing","labels":["a"],"fingerprint":"f"}]}""", "wrong-type", "alerts[0].labels")]
    [InlineData("Alertmanager", """{"version":"4","status":"firing","groupKey":"g","alerts":[{"status":"firing","labels":{"a":"b"}}]}""", "required", "alerts[0].fingerprint")]
    [InlineData("Alertmanager", """{"version":"4","status":"firing","groupKey":"g","alerts":[{"status":"burning","labels":{},"fingerprint":"f"}]}""", "invalid-value", "alerts[0].status")]
    [InlineData("Alertmanager", """{"version":"3","status":"firing","groupKey":"g","alerts":[]}""", "invalid-value", "version")]
    [InlineData("Alertmanager", """{"version":"4","status":"firing","groupKey":"g","alerts":[{"status":"firing","labels":{},"fingerprint":"f","startsAt":"yesterday"}]}""", "invalid-value", "alerts[0].startsAt")]
    [InlineData("Grafana", """{"version":"1","status":"firing","alerts":[{"status":"firing","labels":{},"fingerprint":"f","values":{"B":"high"}}]}""", "wrong-type", "alerts[0].values.B")]
    [InlineData("PagerDuty", """{"event_action":"resolve"}""", "required", "dedup_key")]
    [InlineData("PagerDuty", """{"event_action":"trigger","payload":{"summary":"s","source":"x","severity":"fatal"}}""", "invalid-value", "payload.severity")]
    [InlineData("Zabbix", """{"event_id":"1","event_value":"1","severity":"9"}""", "invalid-value", "severity")]
    [InlineData("Datadog", """{"alert_cycle_key":42,"alert_transition":true}""", "wrong-type", "alert_transition")]
    [InlineData("Generic", """{"key":"k","status":"firing"}""", "required", "title")]
    public async Task Post_MalformedPayload_Is400NamingTheFieldAndStoresNothing(string source, string body, string rule, string field)
    {
        await using var host = await AlertHost.StartAsync();
        var integration = await host.IntegrationAsync(source);

        await ProblemAssert.IsProblemAsync(await integration.PostAsync(body), HttpStatusCode.BadRequest, rule, field);
        await AssertNothingStoredAsync(host);
    }
}
