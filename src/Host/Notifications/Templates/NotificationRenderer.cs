using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IncidentWorkflows.Engine.Expressions.Liquid;
using Microsoft.Extensions.Options;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IncidentWorkflows.Host.Notifications.Templates;

/// <summary>
/// Renders a notice (<c>NAME.subject</c>, <c>NAME.text</c>, <c>NAME.html</c>) with a JSON model. Parsed templates are
/// cached per version, so an edited override file takes effect at the next render without a restart.
/// </summary>
public sealed partial class NotificationRenderer(NotificationTemplateStore store, IOptions<NotificationOptions> options)
{
    // The engine's limits for workflow-authored Liquid fit operator-authored templates as well.
    private static readonly LiquidOptions Limits = new();
    private readonly ConcurrentDictionary<string, (string Version, Template Template)> _parsed = new(StringComparer.Ordinal);
    private readonly TemplateIncludes _includes = new(store);

    public RenderedNotice Render(string notice, JsonObject? model, CancellationToken cancellationToken = default)
    {
        if (!NoticeNames.IsValid(notice) || notice.StartsWith('_'))
            throw new InvalidNotificationException($"'{notice}' is not a valid notice name.");
        var subject = RenderPart($"{notice}.subject", model, cancellationToken)
            ?? throw new InvalidNotificationException($"There is no template '{notice}' ({notice}.subject{NotificationTemplateStore.Extension} not found).");
        var text = RenderPart($"{notice}.text", model, cancellationToken);
        var html = RenderPart($"{notice}.html", model, cancellationToken);
        if (text is null && html is null)
            throw new InvalidNotificationException($"Template '{notice}' has neither a text nor an html part.");
        return new RenderedNotice(OneLine(subject), text, html);
    }

    /// <summary>Subjects are header lines: line breaks and runs of spaces from template whitespace become one space.</summary>
    public static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    private string? RenderPart(string name, JsonObject? model, CancellationToken cancellationToken)
    {
        var source = store.Find(name);
        if (source is null)
            return null;
        var template = Parse(source);
        var context = new NotificationTemplateContext(Limits, _includes, cancellationToken);
        context.PushGlobal(Globals(model));
        // Assignments land here, so one part cannot change the model another part sees.
        context.PushGlobal(new ScriptObject());
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new InvalidNotificationException($"Template '{name}' failed: {e.Message}", e);
        }
    }

    private Template Parse(NotificationTemplateStore.Source source)
    {
        if (_parsed.TryGetValue(source.Origin, out var cached) && cached.Version == source.Version)
            return cached.Template;
        var template = Template.ParseLiquid(source.Read(), source.Origin, NotificationTemplateContext.ParserOptions(Limits));
        if (template.HasErrors)
            throw new InvalidNotificationException($"Template {source.Origin} has errors: {string.Join("; ", template.Messages)}");
        _parsed[source.Origin] = (source.Version, template);
        return template;
    }

    /// <summary>The model, plus what every template may rely on: <c>desk</c> and <c>links.ticket</c> when the portal is configured.</summary>
    private ScriptObject Globals(JsonObject? model)
    {
        var settings = options.Value;
        var globals = TemplateModel.ToScript(model);
        var portal = string.IsNullOrWhiteSpace(settings.PortalUrl) ? null : settings.PortalUrl.TrimEnd('/');
        if (!globals.ContainsKey("desk"))
            globals["desk"] = new ScriptObject { ["name"] = settings.ServiceDeskName, ["url"] = portal };
        if (!globals.TryGetValue("links", out var links) || links is not ScriptObject)
            globals["links"] = links = new ScriptObject();
        var linkObject = (ScriptObject)links!;
        if (portal is not null && !linkObject.ContainsKey("ticket")
            && globals.TryGetValue("ticket", out var ticket) && ticket is ScriptObject t && t.TryGetValue("number", out var number) && number is string n)
            linkObject["ticket"] = $"{portal}/tickets/{Uri.EscapeDataString(n)}";
        return globals;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
