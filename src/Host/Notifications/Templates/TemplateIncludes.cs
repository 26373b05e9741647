using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IncidentWorkflows.Host.Notifications.Templates;

/// <summary><c>{% include '_footer.text' %}</c>: loads another template through the store, so shared parts are overridable too.</summary>
internal sealed class TemplateIncludes(NotificationTemplateStore store) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!NoticeNames.IsValid(templateName))
            throw new ScriptRuntimeException(callerSpan, $"'{templateName}' is not a valid template name.");
        return templateName;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        store.Find(templatePath)?.Read() ?? throw new ScriptRuntimeException(callerSpan, $"Included template '{templatePath}' does not exist.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
