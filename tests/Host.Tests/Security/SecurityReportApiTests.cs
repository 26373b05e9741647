using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Host.Tests.Tickets;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Security;

public sealed class SecurityReportApiTests(SecurityHost host) : IClassFixture<SecurityHost>
{
    [Fact]
    public async Task Put_TwoUpdates_EachARevisionWithAuthorAndExportedAsMarkdown()
    {
        var ticket = await host.ReportAsync();

        await OkAsync(await host.L2.PutAsJsonAsync(Url($"/api/security/reports/{ticket}"), new { summary = "Malware", category = "malicious code", tlp = "amber+strict" }));
        await OkAsync(await host.L3.PutAsJsonAsync(Url($"/api/security/reports/{ticket}"), new { rootCause = "Macro policy" }));
        var revisions = await host.L2.GetJsonAsync($"/api/security/reports/{ticket}/revisions");
        using var export = await host.L2.GetAsync(Url($"/api/security/reports/{ticket}/export"));
        var markdown = await export.Content.ReadAsStringAsync();

        Assert.Equal(2, revisions.GetArrayLength());
        Assert.Equal("rootCause", revisions[1].GetProperty("changedFields")[0].GetString());
        Assert.NotEqual(revisions[0].GetProperty("author").GetString(), revisions[1].GetProperty("author").GetString());
        Assert.Equal("text/markdown", export.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("**TLP:AMBER+STRICT**", markdown);
        Assert.Contains("| Category | Malicious code |", markdown);
        Assert.Contains("## Root cause\n\nMacro policy", markdown.Replace("\r", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Put_StaleIfMatchOrUnknownTlp_RefusedWithoutRevision()
    {
        var ticket = await host.ReportAsync();
        await OkAsync(await host.L2.PutAsJsonAsync(Url($"/api/security/reports/{ticket}"), new { summary = "first" }));

        using var stale = new HttpRequestMessage(HttpMethod.Put, Url($"/api/security/reports/{ticket}")) { Content = JsonContent.Create(new { summary = "late" }) };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"7\""));
        using var conflict = await host.L2.SendAsync(stale);
        using var badTlp = await host.L2.PutAsJsonAsync(Url($"/api/security/reports/{ticket}"), new { tlp = "TLP:WHITE" });

        await ProblemAssert.IsProblemAsync(conflict, HttpStatusCode.Conflict, "security-report-changed");
        await ProblemAssert.IsProblemAsync(badTlp, HttpStatusCode.BadRequest, "security-invalid-value", "tlp");
        Assert.Equal(1, (await host.L2.GetJsonAsync($"/api/security/reports/{ticket}")).GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Put_NonSecurityTicket_409()
    {
        var ticket = await host.Admin.CreateTicketNumberAsync(TicketCalls.Average(SecurityHost.Requester));

        using var refused = await host.L2.PutAsJsonAsync(Url($"/api/security/reports/{ticket}"), new { summary = "x" });

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict, "not-a-security-ticket");
    }

    [Fact]
    public async Task ExtractArtifacts_LogExcerpt_TypedAndEnrichedByInventoryListsAndService()
    {
        var ticket = await host.ReportAsync();
        const string text = "host=ws-0142 fetched http://evil-cdn.example.net/a.exe then beaconed to 203.0.113.66 and evil-cdn.example.net; intranet.bank.test is fine";

        var artifacts = await OkAsync(await host.L1.PostAsJsonAsync(Url($"/api/security/reports/{ticket}/artifacts"), new { text }));
        var again = await OkAsync(await host.L1.PostAsJsonAsync(Url($"/api/security/reports/{ticket}/artifacts"), new { text }));

        var verdicts = artifacts.EnumerateArray().ToDictionary(a => $"{a.GetProperty("kind").GetString()}:{a.GetProperty("value").GetString()}", a => a.GetProperty("verdict").GetString());
        Assert.Equal("Known", verdicts["HostName:ws-0142"]);
        Assert.Equal("Malicious", verdicts["IPv4:203.0.113.66"]);
        Assert.Equal("Malicious", verdicts["Domain:evil-cdn.example.net"]);
        Assert.Equal("Allowed", verdicts["Domain:intranet.bank.test"]);
        Assert.Equal("Unknown", verdicts["Url:http://evil-cdn.example.net/a.exe"]);
        Assert.Equal(artifacts.GetArrayLength(), again.GetArrayLength());
    }

    [Fact]
    public async Task Evidence_ContentHashedAndCustodyAppended()
    {
        var ticket = await host.ReportAsync();
        var content = Encoding.UTF8.GetBytes("mail headers ...");

        using var added = await host.L1.PostAsJsonAsync(Url($"/api/security/reports/{ticket}/evidence"), new { name = "Phishing mail", contentBase64 = Convert.ToBase64String(content), location = "locker 3" });
        var evidence = await added.ReadJsonAsync();
        var id = evidence.GetProperty("id").GetString();
        var moved = await OkAsync(await host.L1.PostAsJsonAsync(Url($"/api/security/reports/{ticket}/evidence/{id}/custody"), new { action = "transferred", to = "forensics@bank.test" }));
        using var noRecipient = await host.L1.PostAsJsonAsync(Url($"/api/security/reports/{ticket}/evidence/{id}/custody"), new { action = "transferred" });
        using var mismatch = await host.L1.PostAsJsonAsync(Url($"/api/security/reports/{ticket}/evidence"), new { name = "x", contentBase64 = Convert.ToBase64String(content), sha256 = new string('0', 64) });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), evidence.GetProperty("sha256").GetString());
        Assert.Equal(["collected", "transferred"], moved.GetProperty("custody").EnumerateArray().Select(c => c.GetProperty("action").GetString()));
        await ProblemAssert.IsProblemAsync(noRecipient, HttpStatusCode.BadRequest, "required", "to");
        await ProblemAssert.IsProblemAsync(mismatch, HttpStatusCode.BadRequest, "evidence-hash-mismatch", "sha256");
    }

    private static async Task<System.Text.Json.JsonElement> OkAsync(HttpResponseMessage response)
    {
        using (response)
            return await OkJsonAsync(response);
    }
}
