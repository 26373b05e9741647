namespace IncidentWorkflows.Engine.Execution;

public sealed partial class ActivityExecutionContext
{
    /// <summary>A service of this burst (see <see cref="RunOptions.Services"/>), or null.</summary>
    public T? GetService<T>() where T : class => Workflow.Options.Services?.GetService(typeof(T)) as T;

    /// <summary>A service of this burst; an activity that needs one faults clearly when the host did not provide it.</summary>
    public T GetRequiredService<T>() where T : class =>
        GetService<T>() ?? throw new InvalidOperationException($"This activity needs {typeof(T).Name}, which the runtime running it does not provide.");
}
