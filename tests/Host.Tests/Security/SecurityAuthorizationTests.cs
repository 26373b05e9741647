using System.Net;
using System.Net.Http.Json;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Security;

/// <summary>Only the ISO groups and admins see Security Incident Reports and the security procedure's tasks; every other role gets 403.</summary>
public sealed class SecurityAuthorizationTests(SecurityHost host) : IClassFixture<SecurityHost>
{
    public static TheoryData<string> NonIsoRoles => ["process-owner", "service-manager", "engineer-l1", "engineer-l2", "engineer-l3", "requester", "integration"];

    [Theory]
    [MemberData(nameof(NonIsoRoles))]
    public async Task Report_NonIsoRole_Gets403OnReadWriteAndExport(string role)
    {
        var ticket = await host.ReportAsync();
        using var opened = await host.L2.PutAsJsonAsync(Url($"/api/security/reports/{ticket}"), new { summary = "Malware" });
        opened.EnsureSuccessStatusCode();
        using var outsider = await ClientAsync(role);

        using var read = await outsider.GetAsync(Url($"/api/security/reports/{ticket}"));
        using var write = await outsider.PutAsJsonAsync(Url($"/api/security/reports/{ticket}"), new { summary = "changed" });
        using var export = await outsider.GetAsync(Url($"/api/security/reports/{ticket}/export"));
        using var artifacts = await outsider.PostAsJsonAsync(Url($"/api/security/reports/{ticket}/artifacts"), new { text = "1.2.3.4" });

        Assert.All(new[] { read, write, export, artifacts }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        var report = await host.L2.GetJsonAsync($"/api/security/reports/{ticket}");
        Assert.Equal(("Malware", 1), (report.GetProperty("content").GetProperty("summary").GetString(), report.GetProperty("revision").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(NonIsoRoles))]
    public async Task SecurityTask_NonIsoRole_Gets403AndDoesNotSeeItListed(string role)
    {
        var procedure = new SecurityProcedure(host, await host.ReportAsync());
        var taskId = await procedure.TaskIdAsync("identify");
        using var outsider = await ClientAsync(role);

        using var read = await outsider.GetAsync(Url($"/api/tasks/{taskId}"));
        using var claim = await outsider.PostAsync(Url($"/api/tasks/{taskId}/claim"), null);
        using var list = await outsider.GetAsync(Url($"/api/tasks?scope=all&ticket={procedure.Ticket}"));

        await ProblemAssert.IsProblemAsync(read, HttpStatusCode.Forbidden, role is "requester" or "integration" ? "forbidden" : "security-restricted");
        Assert.Equal(HttpStatusCode.Forbidden, claim.StatusCode);
        if (list.StatusCode == HttpStatusCode.OK)
            Assert.Equal(0, (await list.ReadJsonAsync()).GetProperty("totalCount").GetInt32());
        else
            Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
    }

    [Fact]
    public async Task SecurityTask_IsoOfficerAndAdmin_SeeIt()
    {
        var procedure = new SecurityProcedure(host, await host.ReportAsync());
        var taskId = await procedure.TaskIdAsync("identify");

        using var officer = await host.L1.GetAsync(Url($"/api/tasks/{taskId}"));
        using var admin = await host.Admin.GetAsync(Url($"/api/tasks/{taskId}"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (officer.StatusCode, admin.StatusCode));
    }

    private Task<HttpClient> ClientAsync(string role) =>
        role == "integration" ? host.Factory.CreateApiKeyClientAsync(role) : host.Factory.CreateClientWithRolesAsync(role);
}
