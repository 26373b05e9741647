using System.Text.Json.Nodes;
using IncidentWorkflows.Host.Notifications;
using IncidentWorkflows.Host.Notifications.Templates;
using IncidentWorkflows.Host.Tests.Support;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Tests.Notifications;

/// <summary>Files in <c>Notifications:TemplateFolder</c> replace the shipped templates part by part.</summary>
public sealed class TemplateOverrideTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly NotificationRenderer _renderer;

    public TemplateOverrideTests()
    {
        var options = Options.Create(new NotificationOptions { TemplateFolder = _folder.Path });
        _renderer = new NotificationRenderer(new NotificationTemplateStore(options), options);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Render_SubjectOverridden_OtherPartsStillShipped()
    {
        _folder.File("status-changed.subject.liquid", "Ticket {{ ticket.number }} is now {{ newStatus }}");

        var rendered = _renderer.Render(NoticeNames.StatusChanged, NoticeModels.Full());

        Assert.Equal("Ticket INC-000123 is now InProgress", rendered.Subject);
        Assert.Contains("changed from New to In progress", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SharedFooterOverridden_EveryRequesterNoticeUsesIt()
    {
        _folder.File("_footer.text.liquid", "\n-- \nACME IT, phone 1234");

        foreach (var notice in new[] { NoticeNames.Acknowledgement, NoticeNames.StatusChanged, NoticeNames.Resolved })
            Assert.EndsWith("ACME IT, phone 1234", _renderer.Render(notice, NoticeModels.Full()).Text!.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FileEdited_NextRenderUsesTheNewText()
    {
        var path = _folder.File("resolved.subject.liquid", "first {{ ticket.number }}");
        Assert.Equal("first INC-000123", _renderer.Render(NoticeNames.Resolved, NoticeModels.Full()).Subject);

        File.WriteAllText(path, "second {{ ticket.number }}");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));

        Assert.Equal("second INC-000123", _renderer.Render(NoticeNames.Resolved, NoticeModels.Full()).Subject);
    }

    [Fact]
    public void Render_NewNoticeInFolder_RendersLikeAShippedOne()
    {
        _folder.File("maintenance.subject.liquid", "Maintenance of {{ service }}");
        _folder.File("maintenance.html.liquid", "{% include '_header.html' %}<p>{{ service | escape }} is down for maintenance.</p>{% include '_footer.html' %}");

        var rendered = _renderer.Render("maintenance", new JsonObject { ["service"] = "Settlements" });

        Assert.Equal("Maintenance of Settlements", rendered.Subject);
        Assert.Null(rendered.Text);
        Assert.Contains("<p>Settlements is down for maintenance.</p>", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SyntaxError_NamesTheFile()
    {
        var path = _folder.File("resolved.subject.liquid", "{% if ticket.number %}unclosed");

        var error = Assert.Throws<InvalidNotificationException>(() => _renderer.Render(NoticeNames.Resolved, NoticeModels.Full()));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{% include '../secrets' %}")]
    [InlineData("{% include '/etc/passwd' %}")]
    [InlineData("{% include 'missing-part' %}")]
    public void Render_IncludeOutsideTheTemplates_Refused(string include)
    {
        _folder.File("probe.subject.liquid", "S");
        _folder.File("probe.text.liquid", include);

        Assert.Throws<InvalidNotificationException>(() => _renderer.Render("probe", null));
    }

    [Fact]
    public void ShippedFiles_EveryNotice_HasSubjectTextAndHtml()
    {
        foreach (var notice in NoticeNames.Shipped)
            foreach (var part in new[] { "subject", "text", "html" })
                Assert.Contains($"{notice}.{part}.liquid", NotificationTemplateStore.ShippedFiles);
    }
}
