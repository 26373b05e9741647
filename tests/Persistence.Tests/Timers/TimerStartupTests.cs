using IncidentWorkflows.Persistence.Entities;
using IncidentWorkflows.Persistence.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentWorkflows.Persistence.Tests.Timers;

/// <summary>Start-up with many pending timers: the host starts at once, readiness follows reconciliation.</summary>
public sealed class TimerStartupTests
{
    public static TheoryData<string> Providers() => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task StartAsync_TenThousandPendingTimers_ReturnsBeforeReconciliationAndReadinessFollowsIt(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await InsertPendingTimersAsync(db, 10_000);
        var gate = new ContextGate();
        await using var host = await TimerHost.CreateAsync(db, start: false, configure: services => gate.Install(services));

        // Reconciliation cannot read a single row until the gate opens, so if start-up waited for it this would hang.
        gate.Close();
        await host.StartAsync();

        Assert.False(host.Readiness.IsReady);
        Assert.Null(host.Readiness.ReadyAt);
        await Eventually.UntilAsync(() => Task.FromResult(gate.Waiting > 0), "reconciliation is running in the background");
        Assert.False(host.Services.GetRequiredService<TimerReconciliationService>().Loop.IsCompleted);
        Assert.False(host.Readiness.IsReady);

        gate.Open();
        await host.Readiness.WhenReady.WaitAsync(TimeSpan.FromMinutes(3));

        Assert.NotNull(host.Readiness.ReadyAt);
        Assert.Equal(10_000, await host.TriggerCountAsync(TimerKeys.BookmarkGroup));
        // The usual restart has its triggers already: a pass then only compares, and schedules nothing.
        Assert.Equal(new TimerReconciliation(10_000, 0, 0), await host.Services.GetRequiredService<TimerReconciler>().ReconcileAsync(default));
    }

    private static async Task InsertPendingTimersAsync(TestDatabase db, int count)
    {
        var dueAt = DateTimeOffset.UtcNow.AddDays(1);
        await using var context = db.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext();
        context.Bookmarks.AddRange(Enumerable.Range(0, count).Select(i => new BookmarkRecord
        {
            Id = $"pending-{i:D5}",
            InstanceId = $"instance-{i:D5}",
            DefinitionId = "flow",
            Name = "Elsa.Delay",
            Hash = "pending",
            ActivityId = "delay",
            ResumeAt = dueAt.AddSeconds(i),
            CreatedAt = DateTimeOffset.UtcNow,
        }));
        await context.SaveChangesAsync();
    }

    /// <summary>Holds every asynchronous context creation while closed: a switch the test flips, not a timing.</summary>
    private sealed class ContextGate
    {
        private TaskCompletionSource _open = Opened();
        private int _waiting;

        public int Waiting => Volatile.Read(ref _waiting);

        public void Close() => _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Open() => _open.TrySetResult();

        public void Install(IServiceCollection services)
        {
            var inner = services.Last(d => d.ServiceType == typeof(IDbContextFactory<WorkflowDbContext>));
            services.RemoveAll<IDbContextFactory<WorkflowDbContext>>();
            services.AddSingleton<IDbContextFactory<WorkflowDbContext>>(sp =>
                new GatedFactory(this, (IDbContextFactory<WorkflowDbContext>)ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!)));
        }

        private static TaskCompletionSource Opened()
        {
            var open = new TaskCompletionSource();
            open.SetResult();
            return open;
        }

        private sealed class GatedFactory(ContextGate gate, IDbContextFactory<WorkflowDbContext> inner) : IDbContextFactory<WorkflowDbContext>
        {
            public WorkflowDbContext CreateDbContext() => inner.CreateDbContext();

            public async Task<WorkflowDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
            {
                Interlocked.Increment(ref gate._waiting);
                try
                {
                    await gate._open.Task.WaitAsync(cancellationToken);
                }
                finally
                {
                    Interlocked.Decrement(ref gate._waiting);
                }

                return inner.CreateDbContext();
            }
        }
    }
}
