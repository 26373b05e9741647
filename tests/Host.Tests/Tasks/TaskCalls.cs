using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;

namespace IncidentWorkflows.Host.Tests.Tasks;

/// <summary>An approval workflow waiting on a human task for a group, and the inbox calls the task tests share.</summary>
internal static class TaskCalls
{
    public const string Group = "change-board";

    /// <summary>Human task (Approve / Reject, required comment, optional numeric risk 1–5) → a WriteLine per outcome.</summary>
    public static string Approval(string definitionId, string group = Group) => $$"""
        {
          "definitionId": "{{definitionId}}", "name": "{{definitionId}}", "version": 1, "isPublished": true,
          "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            { "id": "task", "type": "Incidents.HumanTask",
              "title": { "typeName": "String", "expression": { "type": "Literal", "value": "Approve the change" } },
              "candidateGroup": { "typeName": "String", "expression": { "type": "Literal", "value": "{{group}}" } },
              "outcomes": { "typeName": "String[]", "expression": { "type": "Object", "value": "[\"Approve\", \"Reject\"]" } },
              "fields": { "typeName": "Object", "expression": { "type": "Object",
                "value": "[{\"name\": \"comment\", \"type\": \"text\", \"required\": true}, {\"name\": \"risk\", \"type\": \"number\", \"min\": 1, \"max\": 5}]" } } },
            { "id": "approved", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "approved" } } },
            { "id": "rejected", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "rejected" } } }
          ], "connections": [
            { "source": { "activity": "task", "port": "Approve" }, "target": { "activity": "approved", "port": "In" } },
            { "source": { "activity": "task", "port": "Reject" }, "target": { "activity": "rejected", "port": "In" } }
          ] }
        }
        """;

    /// <summary>Starts a fresh approval workflow; returns (instance id, task id).</summary>
    public static async Task<(string InstanceId, string TaskId)> StartApprovalAsync(this HttpClient admin, string group = Group)
    {
        var id = TestWorkflows.NewId("approval");
        await admin.ImportAsync(Approval(id, group));
        var instanceId = (await admin.ExecuteAsync(id)).GetProperty("id").GetString()!;
        var tasks = await admin.GetJsonAsync($"/api/tasks?scope=all&group={group}&pageSize=200");
        var task = tasks.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("instanceId").GetString() == instanceId);
        return (instanceId, task.GetProperty("id").GetString()!);
    }

    /// <summary>A staff user (engineer-l1) in the given groups, created through the admin API, signed in.</summary>
    public static async Task<HttpClient> CreateMemberAsync(this KestrelHostFactory factory, HttpClient admin, params string[] groups)
    {
        var email = $"member-{Guid.NewGuid():N}@test.local";
        const string password = "Member-Password-123!";
        var user = await admin.CreateUserAsync(new { email, displayName = "Member", password, roles = new[] { "engineer-l1" } });
        using var response = await admin.PutAsJsonAsync(ApiCalls.Url($"/api/users/{user.GetProperty("id").GetString()}/groups"), new { groups });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await factory.LoginAsync(email, password);
    }

    public static Task<HttpResponseMessage> CompleteAsync(this HttpClient client, string taskId, string outcome, object? data = null) =>
        client.PostAsJsonAsync(ApiCalls.Url($"/api/tasks/{taskId}/complete"), new { outcome, data = data ?? new { comment = "looks fine" } });

    public static async Task<int> CompletedCountAsync(this HttpClient admin, string instanceId, string activityId)
    {
        var journal = await admin.GetJsonAsync($"/api/workflow-instances/{instanceId}/journal?pageSize=500");
        return journal.GetProperty("items").EnumerateArray().Count(e =>
            e.GetProperty("activityId").GetString() == activityId && e.GetProperty("eventName").GetString() == "Completed");
    }

    public static List<string> Ids(this JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToList();
}
