using System.Text.Json.Nodes;
using IncidentWorkflows.Host.Notifications;
using IncidentWorkflows.Host.Notifications.Templates;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Tests.Notifications;

public sealed class TemplateRenderingTests
{
    private static NotificationRenderer Renderer(NotificationOptions? options = null)
    {
        var wrapped = Options.Create(options ?? new NotificationOptions());
        return new NotificationRenderer(new NotificationTemplateStore(wrapped), wrapped);
    }

    public static TheoryData<string> Notices() => [.. NoticeNames.Shipped];

    [Theory]
    [MemberData(nameof(Notices))]
    public void Render_ShippedNotice_SubjectTextAndHtmlWithTheTicket(string notice)
    {
        var rendered = Renderer().Render(notice, NoticeModels.Full());

        Assert.StartsWith("[INC-000123]", rendered.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', rendered.Subject);
        Assert.Contains("INC-000123", rendered.Text, StringComparison.Ordinal);
        Assert.Contains("Ann Lee", rendered.Text, StringComparison.Ordinal);
        Assert.Contains("<html", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("INC-000123", rendered.Html, StringComparison.Ordinal);
        foreach (var part in new[] { rendered.Subject, rendered.Text!, rendered.Html! })
        {
            Assert.DoesNotContain("{{", part, StringComparison.Ordinal);
            Assert.DoesNotContain("{%", part, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Notices))]
    public void Render_TitleWithMarkup_EscapedInHtmlOnly(string notice)
    {
        var rendered = Renderer().Render(notice, NoticeModels.Full());

        Assert.DoesNotContain("<down>", rendered.Html, StringComparison.Ordinal);
        if (rendered.Html!.Contains("VPN", StringComparison.Ordinal))
            Assert.Contains("VPN &lt;down&gt; &amp; &quot;slow&quot;", rendered.Html, StringComparison.Ordinal);
        if (rendered.Text!.Contains("VPN", StringComparison.Ordinal))
            Assert.Contains(NoticeModels.Title, rendered.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acknowledgement", "logged it as ticket INC-000123")]
    [InlineData("acknowledgement", "respond by 2026-03-02 09:30 UTC")]
    [InlineData("status-changed", "changed from New to In progress")]
    [InlineData("status-changed", "We are looking at the gateway.")]
    [InlineData("information-requested", "Which office are you connecting from?")]
    [InlineData("ready-for-testing", "Reconnect the VPN client and open the intranet.")]
    [InlineData("resolved", "Replaced the gateway certificate.")]
    [InlineData("resolved", "https://desk.example.com/tickets/INC-000123/reopen")]
    [InlineData("resolved", "closes automatically after 5 business days")]
    [InlineData("auto-close-notice", "within 5 business days, so it is now closed")]
    [InlineData("escalation-notice", "now at L2 (L2 Network)")]
    [InlineData("escalation-notice", "Reason: Resolution target at risk")]
    [InlineData("sla-warning", "75 % of it has elapsed")]
    [InlineData("sla-warning", "Due:       2026-03-02 17:00 UTC")]
    [InlineData("sla-breach", "escalated from L1 to L2 (L2 Network)")]
    [InlineData("sla-breach", "Severity:  S2 / P2")]
    public void Render_Notice_TextSaysWhatTheNoticeIsAbout(string notice, string expected) =>
        Assert.Contains(expected, Renderer().Render(notice, NoticeModels.Full()).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("status-changed", "[INC-000123] In progress: VPN down")]
    [InlineData("sla-warning", "[INC-000123] SLA warning: resolution due 2026-03-02 17:00 UTC (S2)")]
    [InlineData("sla-breach", "[INC-000123] SLA breached: resolution, escalated to L2 (S2)")]
    public void Render_Notice_SubjectOnOneLine(string notice, string expected)
    {
        var model = NoticeModels.Full();
        model["ticket"]!["title"] = "VPN down";

        Assert.Equal(expected, Renderer().Render(notice, model).Subject);
    }

    [Fact]
    public void Render_MinimalModel_OptionalPartsLeftOut()
    {
        var model = new JsonObject { ["ticket"] = new JsonObject { ["number"] = "INC-000007" } };

        var rendered = Renderer().Render(NoticeNames.Acknowledgement, model);

        Assert.Equal("[INC-000007] We received your request", rendered.Subject);
        Assert.StartsWith("Hello,\n\nWe have received your request and logged it as ticket INC-000007.", rendered.Text!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("respond by", rendered.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Your ticket online", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PortalConfigured_LinksToTheTicketAndSignsWithTheDeskName()
    {
        var renderer = Renderer(new NotificationOptions { PortalUrl = "https://desk.example.com/", ServiceDeskName = "Hub Service Desk" });
        var model = new JsonObject { ["ticket"] = new JsonObject { ["number"] = "INC-000007" } };

        var text = renderer.Render(NoticeNames.Acknowledgement, model).Text;

        Assert.Contains("Your ticket online: https://desk.example.com/tickets/INC-000007", text, StringComparison.Ordinal);
        Assert.Contains("Hub Service Desk", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-notice", "There is no template 'no-such-notice'")]
    [InlineData("../appsettings", "not a valid notice name")]
    [InlineData("_footer.text", "not a valid notice name")]
    [InlineData("Status-Changed", "not a valid notice name")]
    public void Render_UnknownOrUnsafeName_Refused(string notice, string message)
    {
        var error = Assert.Throws<InvalidNotificationException>(() => Renderer().Render(notice, null));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Template_CannotChangeTheModelAnotherPartSees()
    {
        using var folder = new Support.TempDirectory();
        folder.File("probe.subject.liquid", "{% assign ticket = 'replaced' %}S {{ ticket }}");
        folder.File("probe.text.liquid", "T {{ ticket.number }}");

        var rendered = Renderer(new NotificationOptions { TemplateFolder = folder.Path })
            .Render("probe", new JsonObject { ["ticket"] = new JsonObject { ["number"] = "INC-1" } });

        Assert.Equal("S replaced", rendered.Subject);
        Assert.Equal("T INC-1", rendered.Text);
    }

    [Fact]
    public void Render_EndlessLoop_StoppedByTheLoopLimit()
    {
        using var folder = new Support.TempDirectory();
        folder.File("probe.subject.liquid", "{% for i in (1..100000) %}x{% endfor %}");
        folder.File("probe.text.liquid", "T");

        var error = Assert.Throws<InvalidNotificationException>(() => Renderer(new NotificationOptions { TemplateFolder = folder.Path }).Render("probe", null));

        Assert.Contains("probe.subject", error.Message, StringComparison.Ordinal);
    }
}
