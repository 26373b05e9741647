using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.Persistence.Tests;

public sealed class RecoveryTests
{
    private const string Child = """
        { "definitionId": "child", "isPublished": true, "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            { "id": "wait", "type": "Elsa.Event", "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "child-go" } } } ], "connections": [] } }
        """;

    private const string Parent = """
        { "definitionId": "parent", "isPublished": true, "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            { "id": "run", "type": "Elsa.ExecuteWorkflow",
              "workflowDefinitionId": { "typeName": "String", "expression": { "type": "Literal", "value": "child" } },
              "waitForCompletion": { "typeName": "Boolean", "expression": { "type": "Literal", "value": true } } },
            { "id": "after", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "after" } } } ],
          "connections": [ { "source": { "activity": "run", "port": "Done" }, "target": { "activity": "after", "port": "In" } } ] } }
        """;

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task RecoverAsync_ChildFinishedButParentNotWoken_ResumesParent(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.Definitions.ImportAsync(Child, "test", default);
        await db.Definitions.ImportAsync(Parent, "test", default);
        var parent = await db.Runtime.StartAsync(new StartWorkflowRequest("parent"), default);
        Assert.Equal(WorkflowSubStatus.Suspended, parent.SubStatus);

        // Simulate a crash right after the child's commit: finish the child, then put the parent's bookmark back
        // as if its wake-up had never run.
        var factory = db.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>();
        List<Entities.BookmarkRecord> parentBookmarks;
        await using (var context = await factory.CreateDbContextAsync())
            parentBookmarks = await context.Bookmarks.AsNoTracking().Where(b => b.InstanceId == parent.Id).ToListAsync();
        string parentState;
        await using (var context = await factory.CreateDbContextAsync())
            parentState = (await context.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == parent.Id)).StateJson;
        await db.Runtime.TriggerEventAsync("child-go", null, null, default);
        await using (var context = await factory.CreateDbContextAsync())
        {
            var record = await context.WorkflowInstances.SingleAsync(i => i.Id == parent.Id);
            record.StateJson = parentState;
            record.Status = "Running";
            record.SubStatus = "Suspended";
            context.Bookmarks.AddRange(parentBookmarks);
            await context.SaveChangesAsync();
        }

        var woken = await db.Runtime.RecoverAsync(default);

        Assert.Equal(1, woken);
        await using var check = await factory.CreateDbContextAsync();
        var resumed = await check.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == parent.Id);
        Assert.Equal("Finished", resumed.SubStatus);
        Assert.Equal(0, await db.Runtime.RecoverAsync(default));
    }
}
