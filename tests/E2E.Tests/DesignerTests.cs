using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IncidentWorkflows.E2E.Tests.Support;
using Microsoft.Playwright;

namespace IncidentWorkflows.E2E.Tests;

/// <summary>The designer in a real browser against the real host: a process owner changes and publishes a workflow, the new version runs, an engineer may only look.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DesignerTests(DesignerHost host, BrowserFixture browser) : IClassFixture<DesignerHost>
{
    private const string Prefix = "/api/workflow-definitions";

    /// <summary>Start → triage → close, published as version 1 (a stand-in for the incident lifecycle's shape).</summary>
    private static string Lifecycle(string id) => $$"""
        {
          "definitionId": "{{id}}", "name": "E2E lifecycle {{id}}", "isPublished": true,
          "root": { "id": "flow", "type": "Elsa.Flowchart",
            "activities": [
              { "id": "start", "type": "Elsa.Start", "name": "Start", "metadata": { "designer": { "position": { "x": 0, "y": 0 } } } },
              { "id": "triage", "type": "Elsa.WriteLine", "name": "Triage", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "triaged" } },
                "metadata": { "designer": { "position": { "x": 0, "y": 200 } } } },
              { "id": "close", "type": "Elsa.WriteLine", "name": "Close", "text": { "typeName": "String", "expression": { "type": "Literal", "value": "closed" } },
                "metadata": { "designer": { "position": { "x": 0, "y": 500 } } } }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "triage", "port": "In" } },
              { "source": { "activity": "triage", "port": "Done" }, "target": { "activity": "close", "port": "In" } }
            ] }
        }
        """;

    [Fact]
    public async Task ProcessOwner_InsertsAJavaScriptStepBetweenTwoActivities_PublishesIt_AndTheNewVersionRunsIt()
    {
        var id = $"e2e-{Guid.NewGuid():N}"[..16];
        using var admin = await host.AdminClientAsync();
        (await admin.PostAsync(new Uri($"{Prefix}/import", UriKind.Relative), Json(Lifecycle(id)))).EnsureSuccessStatusCode();
        var owner = await host.CreateUserAsync("process-owner");
        var page = await NewPageAsync();

        await Screenshots.OnFailureAsync(page, nameof(ProcessOwner_InsertsAJavaScriptStepBetweenTwoActivities_PublishesIt_AndTheNewVersionRunsIt), async () =>
        {
            await SignInAsync(page, owner);
            await page.GetByRole(AriaRole.Link, new() { Name = $"E2E lifecycle {id}" }).ClickAsync();
            await page.Locator("[data-activity-id=close]").WaitForAsync();
            await Assertions.Expect(page.GetByTestId("version-badge")).ToHaveTextAsync("published v1");

            // Select the connection triage → close with the keyboard, then add a Write Line from the toolbox: it goes into that connection.
            var edge = page.Locator("[data-testid='rf__edge-e1:triage:Done->close']");
            await edge.FocusAsync();
            await edge.PressAsync("Enter");
            await Assertions.Expect(edge).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));
            await page.GetByLabel("Search activities").FillAsync("write");
            await page.Locator(".toolbox .tool[data-type='Elsa.WriteLine']").ClickAsync();
            var added = page.Locator("[data-activity-id=writeline1]");
            await added.WaitForAsync();

            // Its text becomes a JavaScript expression (typed in the property panel's code box).
            await page.Locator("select[name=text-syntax]").SelectOptionAsync("JavaScript");
            await page.Locator("#input-text").FillAsync("'reached ' + ['the', 'new', 'step'].join(' ')");
            await page.Locator("input[name=activity-name]").FillAsync("New step");
            await Assertions.Expect(page.Locator("[data-activity-id=writeline1] .activity-name")).ToHaveTextAsync("New step");

            // Two autosaves in a row: the second sends the tag the first one got back, and is not taken for a conflict.
            var saveState = page.Locator(".save-state");
            await Assertions.Expect(saveState).ToHaveAttributeAsync("data-state", "saved", new() { Timeout = 15000 });
            await page.Locator("textarea[name=activity-description]").FillAsync("Added by the browser test");
            await Assertions.Expect(saveState).ToHaveAttributeAsync("data-state", "dirty");
            await Assertions.Expect(saveState).ToHaveAttributeAsync("data-state", "saved", new() { Timeout = 15000 });

            await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("version-badge")).ToHaveTextAsync("published v2", new() { Timeout = 15000 });
            await Assertions.Expect(page.Locator(".save-state")).ToHaveAttributeAsync("data-state", "saved");
            await Screenshots.SaveAsync(page, "editor");
        });

        // The API holds the published version 2 with the new activity wired between triage and close.
        var published = await GetJsonAsync(admin, $"{Prefix}/{id}?version=2");
        Assert.True(published.GetProperty("isPublished").GetBoolean());
        var root = published.GetProperty("root");
        var step = root.GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "writeline1");
        Assert.Equal("Elsa.WriteLine", step.GetProperty("type").GetString());
        Assert.Equal("JavaScript", step.GetProperty("text").GetProperty("expression").GetProperty("type").GetString());
        var links = root.GetProperty("connections").EnumerateArray()
            .Select(c => $"{c.GetProperty("source").GetProperty("activity").GetString()}->{c.GetProperty("target").GetProperty("activity").GetString()}").ToList();
        Assert.Equal(["start->triage", "triage->writeline1", "writeline1->close"], links);

        // A run started afterwards runs version 2, and the instance viewer shows the new step reached.
        using var run = await admin.PostAsync(new Uri($"{Prefix}/{id}/execute", UriKind.Relative), null);
        run.EnsureSuccessStatusCode();
        var instance = await run.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, instance.GetProperty("definitionVersion").GetInt32());
        var instanceId = instance.GetProperty("id").GetString();

        await Screenshots.OnFailureAsync(page, "instance-viewer-and-diff", async () =>
        {
            await page.GotoAsync($"/instances/{instanceId}");
            await Assertions.Expect(page.Locator("[data-activity-id=writeline1]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("status-completed"));
            await Assertions.Expect(page.GetByTestId("instance-status")).ToContainTextAsync("Finished");
            await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Journal" }).Or(page.Locator("section[aria-label=Journal]"))).ToContainTextAsync("New step");
            await Screenshots.SaveAsync(page, "instance-viewer");

            await page.GotoAsync($"/designer/{id}/diff?a=1&b=2");
            var changes = page.Locator(".diff-list");
            await Assertions.Expect(changes).ToContainTextAsync("+ activity New step");
            await Assertions.Expect(changes).ToContainTextAsync("+ connection writeline1:Done → close:In");
            await Assertions.Expect(changes).ToContainTextAsync("− connection triage:Done → close:In");
            await Assertions.Expect(page.Locator("[data-activity-id=writeline1].mark-added")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "version-diff");
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Engineer_CanOnlyLook_TheApiRefusesAndTheEditorHidesSaveAndPublish()
    {
        var id = $"e2e-{Guid.NewGuid():N}"[..16];
        using var admin = await host.AdminClientAsync();
        (await admin.PostAsync(new Uri($"{Prefix}/import", UriKind.Relative), Json(Lifecycle(id)))).EnsureSuccessStatusCode();
        var engineer = await host.CreateUserAsync("engineer-l2");

        using var api = await host.ApiClientAsync(engineer, DesignerHost.UserPassword);
        using (var save = await api.PutAsync(new Uri($"{Prefix}/{id}", UriKind.Relative), Json(Lifecycle(id))))
            Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        using (var publish = await api.PostAsync(new Uri($"{Prefix}/{id}/publish", UriKind.Relative), null))
            Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);

        var page = await NewPageAsync();
        await Screenshots.OnFailureAsync(page, nameof(Engineer_CanOnlyLook_TheApiRefusesAndTheEditorHidesSaveAndPublish), async () =>
        {
            await SignInAsync(page, engineer);
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "New workflow" })).ToHaveCountAsync(0);
            await page.GetByRole(AriaRole.Link, new() { Name = $"E2E lifecycle {id}" }).ClickAsync();
            await page.Locator("[data-activity-id=close]").WaitForAsync();
            await Assertions.Expect(page.Locator(".save-state")).ToHaveTextAsync("read only");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true })).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true })).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator(".toolbox")).ToHaveCountAsync(0);
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TwoEditors_TheSecondSaveIsAClearConflict_NotASilentOverwrite()
    {
        var id = $"e2e-{Guid.NewGuid():N}"[..16];
        using var admin = await host.AdminClientAsync();
        (await admin.PostAsync(new Uri($"{Prefix}/import", UriKind.Relative), Json(Lifecycle(id)))).EnsureSuccessStatusCode();
        var owner = await host.CreateUserAsync("process-owner");
        var page = await NewPageAsync();

        await Screenshots.OnFailureAsync(page, nameof(TwoEditors_TheSecondSaveIsAClearConflict_NotASilentOverwrite), async () =>
        {
            await SignInAsync(page, owner);
            await page.GotoAsync($"/designer/{id}");
            await page.Locator("[data-activity-id=close]").WaitForAsync();

            // Someone else saves a draft after this editor opened the workflow.
            using (var other = await admin.PutAsync(new Uri($"{Prefix}/{id}", UriKind.Relative), Json(Lifecycle(id).Replace("\"closed\"", "\"closed by someone else\"", StringComparison.Ordinal))))
                other.EnsureSuccessStatusCode();

            await page.Locator("[data-activity-id=triage]").ClickAsync();
            await page.Locator("input[name=activity-name]").FillAsync("Triage (mine)");
            await Assertions.Expect(page.Locator(".save-state")).ToHaveAttributeAsync("data-state", "conflict", new() { Timeout = 15000 });
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("changed since you opened it");
        });
        var stored = await GetJsonAsync(admin, $"{Prefix}/{id}");
        Assert.Contains("closed by someone else", stored.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Triage (mine)", stored.GetRawText(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    private Task<IPage> NewPageAsync() => Pages.OpenAsync(browser, host.BaseAddress, new ViewportSize { Width = 1440, Height = 900 });

    private static Task SignInAsync(IPage page, string email) => Pages.SignInAsync(page, email);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static Task<JsonElement> GetJsonAsync(HttpClient client, string path) => Pages.GetJsonAsync(client, path);
}

/// <summary>One browser process for every browser test class.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
