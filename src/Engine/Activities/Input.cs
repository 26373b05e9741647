using IncidentWorkflows.Engine.Expressions;

namespace IncidentWorkflows.Engine.Activities;

/// <summary>Untyped view of an input so the compiler and descriptors can handle every <see cref="Input{T}"/> alike.</summary>
public abstract class InputBase
{
    public CompiledExpression? Expression { get; set; }
    public abstract Type ValueType { get; }

    /// <summary>The expression as written, kept for the journal and validation messages.</summary>
    public ExpressionDefinition? Source { get; set; }
}

/// <summary>An activity input bound to an expression at compile time and evaluated per execution.</summary>
public sealed class Input<T> : InputBase
{
    public Input()
    {
    }

    public Input(T value) => Default = value;

    public T? Default { get; set; }
    public override Type ValueType => typeof(T);
}

/// <summary>Where an activity output goes: a variable or a workflow output named in <c>memoryReference.id</c>.</summary>
public abstract class OutputBase
{
    public string? Target { get; set; }
    public abstract Type ValueType { get; }
}

public sealed class Output<T> : OutputBase
{
    public override Type ValueType => typeof(T);
}
