using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace IncidentWorkflows.Engine.Expressions.Liquid;

internal delegate bool ScopeValueReader(string name, out object? value);

/// <summary>
/// A read-only template object over workflow values: a member is looked up and converted only when a template
/// uses it, so rendering <c>{{ Variables.Name }}</c> does not copy every variable.
/// </summary>
internal sealed class ScopeScriptObject(Func<IEnumerable<string>> names, ScopeValueReader read) : IScriptObject
{
    public int Count => names().Count();

    /// <summary>Always read-only: templates never write workflow values, whatever Scriban asks for.</summary>
    public bool IsReadOnly { get => true; set { } }

    public IEnumerable<string> GetMembers() => names();

    public bool Contains(string member) => read(member, out _);

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (!read(member, out var raw))
        {
            value = null;
            return false;
        }
        value = LiquidValues.Convert(raw);
        return true;
    }

    public bool CanWrite(string member) => false;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly)
    {
    }

    public IScriptObject Clone(bool deep) => this;
}
