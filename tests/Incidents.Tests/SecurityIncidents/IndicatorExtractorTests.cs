using IncidentWorkflows.Incidents.SecurityIncidents;

namespace IncidentWorkflows.Incidents.Tests.SecurityIncidents;

public sealed class IndicatorExtractorTests
{
    [Theory]
    [InlineData("Beacon to 203.0.113.7 every minute", IndicatorKind.IPv4, "203.0.113.7")]
    [InlineData("Source 2001:db8::ff00:42:8329 seen", IndicatorKind.IPv6, "2001:db8::ff00:42:8329")]
    [InlineData("Downloads from evil-cdn.example.net", IndicatorKind.Domain, "evil-cdn.example.net")]
    [InlineData("Link was https://login.example.org/reset?u=1", IndicatorKind.Url, "https://login.example.org/reset?u=1")]
    [InlineData("Phish from billing@payments-example.com today", IndicatorKind.Email, "billing@payments-example.com")]
    [InlineData("Dropper 44d88612fea8a8f36de82e1278abb02f", IndicatorKind.Md5, "44d88612fea8a8f36de82e1278abb02f")]
    [InlineData("SHA-1 3395856CE81F2B7382DEE72602F798B642F14140", IndicatorKind.Sha1, "3395856ce81f2b7382dee72602f798b642f14140")]
    [InlineData("hash 275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f", IndicatorKind.Sha256, "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f")]
    [InlineData("Logged in as CORP\\jdoe at night", IndicatorKind.UserName, "CORP\\jdoe")]
    [InlineData("account: svc-backup was used", IndicatorKind.UserName, "svc-backup")]
    [InlineData("host=ws-0142 isolated", IndicatorKind.HostName, "ws-0142")]
    [InlineData("File server fs01.corp answered", IndicatorKind.HostName, "fs01.corp")]
    public void Extract_TextWithIndicator_FindsItsKindAndValue(string text, IndicatorKind kind, string value)
    {
        var found = IndicatorExtractor.Extract(text);

        Assert.Contains(new Indicator(kind, value), found);
    }

    [Fact]
    public void Extract_UrlWithHost_ReportsTheUrlOnlyOnce()
    {
        var found = IndicatorExtractor.Extract("See http://bad.example.com/x and http://bad.example.com/x again");

        Assert.Equal([new Indicator(IndicatorKind.Url, "http://bad.example.com/x")], found);
    }

    [Theory]
    [InlineData("We restarted the service at 10:30:00 and attached report.pdf.")]
    [InlineData("Your request is being handled; we will update you by 17:00.")]
    [InlineData("")]
    public void Extract_PlainUpdate_FindsNothing(string text)
    {
        Assert.Empty(IndicatorExtractor.Extract(text));
    }
}
