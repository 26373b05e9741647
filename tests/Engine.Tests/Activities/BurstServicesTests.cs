using IncidentWorkflows.Engine.Activities;
using IncidentWorkflows.Engine.Compilation;
using IncidentWorkflows.Engine.Descriptors;
using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Expressions;
using IncidentWorkflows.Engine.Tests.Support;

namespace IncidentWorkflows.Engine.Tests.Activities;

public sealed class BurstServicesTests
{
    [Fact]
    public async Task GetRequiredService_ServiceProvided_ActivityUsesIt()
    {
        var (compiled, runner) = Compile();
        var log = new List<string>();

        var result = await runner.StartAsync(compiled, options: new RunOptions { Services = new Provider(log) });

        Assert.Equal(WorkflowSubStatus.Finished, result.SubStatus);
        Assert.Equal(["used"], log);
    }

    [Fact]
    public async Task GetRequiredService_NoServices_FaultsNamingTheService()
    {
        var (compiled, runner) = Compile();

        var result = await runner.StartAsync(compiled);

        Assert.Equal(WorkflowSubStatus.Faulted, result.SubStatus);
        Assert.Contains("List", Assert.Single(result.Incidents).Message, StringComparison.Ordinal);
    }

    private static (CompiledWorkflow, WorkflowRunner) Compile()
    {
        var registry = ActivityRegistry.CreateDefault();
        registry.Register<UsesService>();
        var compiler = new WorkflowCompiler(registry, ExpressionRegistry.CreateDefault());
        return (compiler.Compile(new FlowBuilder().Add("u", "Test.UsesService").Build()), new WorkflowRunner(TimeProvider.System));
    }

    [Activity("Test.UsesService", "Test", "Writes to a list it gets from the burst's services.")]
    private sealed class UsesService : Activity
    {
        protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
        {
            context.GetRequiredService<List<string>>().Add("used");
            return context.CompleteAsync();
        }
    }

    private sealed class Provider(List<string> log) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(List<string>) ? log : null;
    }
}
