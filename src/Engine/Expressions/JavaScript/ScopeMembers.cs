namespace IncidentWorkflows.Engine.Expressions.JavaScript;

/// <summary>The named values behind a scope object (<c>variables</c>, <c>input</c>).</summary>
internal abstract class ScopeMembers
{
    public abstract IEnumerable<string> Names { get; }
    public abstract bool TryGet(string name, out object? value);

    /// <summary>False when the members are read-only.</summary>
    public virtual bool TrySet(string name, object? value) => false;

    public virtual bool IsReadOnly => true;

    public static ScopeMembers Variables(IExpressionScope scope) => new VariableMembers(scope);
    public static ScopeMembers Inputs(IExpressionScope scope) => new InputMembers(scope);

    private sealed class VariableMembers(IExpressionScope scope) : ScopeMembers
    {
        public override IEnumerable<string> Names => scope.VisibleVariableNames;
        public override bool IsReadOnly => false;
        public override bool TryGet(string name, out object? value) => scope.TryGetVariable(name, out value);

        public override bool TrySet(string name, object? value)
        {
            scope.SetVariable(name, value);
            return true;
        }
    }

    /// <summary>Workflow inputs, falling back to scheduled inputs like <c>getInput</c>; only workflow inputs are listed.</summary>
    private sealed class InputMembers(IExpressionScope scope) : ScopeMembers
    {
        public override IEnumerable<string> Names => scope.Inputs.Keys;
        public override bool TryGet(string name, out object? value) => ScopeLookup.TryGetInput(scope, name, out value);
    }
}
