using System.Net;
using System.Net.Http.Json;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Host.Tests.Tickets;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Security;

/// <summary>A security ticket carries no sensitive detail: indicators in what the requester sees are refused, and nothing is stored.</summary>
public sealed class PublicTextRedactionTests(SecurityHost host) : IClassFixture<SecurityHost>
{
    [Theory]
    [InlineData("We blocked 198.51.100.23 at the edge.")]
    [InlineData("The file 275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f was quarantined.")]
    [InlineData("Sample 44d88612fea8a8f36de82e1278abb02f removed.")]
    public async Task PublicComment_IndicatorOnSecurityTicket_400NamingTheRuleAndNothingStored(string text)
    {
        var ticket = await host.ReportAsync();
        using var refused = await host.L1.PostAsJsonAsync(Url($"/api/tickets/{ticket}/comments"), new { text, visibility = "Public" });

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest, "security-indicator-in-public-text", "text");
        var after = await host.Admin.GetJsonAsync($"/api/tickets/{ticket}");
        Assert.Equal(0, after.GetProperty("comments").GetArrayLength());
        // The workflow adds its own entries meanwhile; none of them is a comment.
        Assert.DoesNotContain(after.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("subject").GetString() == "comment");
    }

    [Fact]
    public async Task InternalNote_IndicatorOnSecurityTicket_IsKept()
    {
        var ticket = await host.ReportAsync();

        using var accepted = await host.L1.PostAsJsonAsync(Url($"/api/tickets/{ticket}/comments"), new { text = "Beacon to 198.51.100.23", visibility = "Internal" });

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task Resolve_IndicatorInResolutionOfSecurityTicket_RefusedAndStillOpen()
    {
        var ticket = await host.ReportAsync();
        await host.Admin.PostOkAsync($"/api/tickets/{ticket}/start-work", new { assignee = "eve@ops.test" });

        using var refused = await host.Admin.PostJsonAsync($"/api/tickets/{ticket}/resolve", new { kind = "PermanentFix", resolution = "Removed implant calling https://c2.example.org/x" });

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest, "security-indicator-in-public-text");
        Assert.Equal("InProgress", await SecurityHost.StatusAsync(host.Admin, ticket));
    }
}
