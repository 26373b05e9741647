using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IncidentWorkflows.E2E.Tests.Support;
using Microsoft.Playwright;

namespace IncidentWorkflows.E2E.Tests;

/// <summary>
/// A process owner changes the shipped incident lifecycle in the designer: a human task goes between triage and the work
/// that follows, its title a JavaScript expression. A ticket logged after publishing runs the new version, and the
/// instance viewer shows the new task reached (waiting for a person).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LifecycleDesignerTests(DesignerHost host, BrowserFixture browser) : IClassFixture<DesignerHost>
{
    [Fact]
    public async Task ProcessOwner_InsertsAHumanTaskIntoTheIncidentLifecycle_ANewTicketReachesIt()
    {
        using var admin = await host.AdminClientAsync();
        var lifecycle = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "workflows", "incident-lifecycle.json"));
        (await admin.PostAsync(new Uri("/api/workflow-definitions/import", UriKind.Relative), new StringContent(lifecycle, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        var owner = await host.CreateUserAsync("process-owner");
        var page = await NewPageAsync();

        await Screenshots.OnFailureAsync(page, nameof(ProcessOwner_InsertsAHumanTaskIntoTheIncidentLifecycle_ANewTicketReachesIt), async () =>
        {
            await SignInAsync(page, owner);
            await page.GetByRole(AriaRole.Link, new() { Name = "Incident lifecycle", Exact = true }).ClickAsync();
            await page.Locator("[data-activity-id=investigate]").WaitForAsync();

            // The connection triage --Standard--> work, selected with the keyboard; a human task from the toolbox goes into it.
            var edge = page.Locator("[data-testid='rf__edge-e1:triage:Standard->work']");
            await edge.FocusAsync();
            await edge.PressAsync("Enter");
            await page.GetByLabel("Search activities").FillAsync("human");
            await page.Locator(".toolbox .tool[data-type='Incidents.HumanTask']").ClickAsync();
            await page.Locator("[data-activity-id=humantask1]").WaitForAsync();

            await page.Locator("select[name=title-syntax]").SelectOptionAsync("JavaScript");
            await page.Locator("#input-title").FillAsync("'Confirm the triage of ' + getInput('ticket')");
            await page.Locator("#input-candidateGroup").FillAsync("l1-platform");
            await Assertions.Expect(page.Locator(".save-state")).ToHaveAttributeAsync("data-state", "saved", new() { Timeout = 15000 });
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("version-badge")).ToHaveTextAsync("published v2", new() { Timeout = 15000 });
        });

        // A ticket logged now starts version 2, which stops at the new task with its computed title.
        using var created = await admin.PostAsJsonAsync(new Uri("/api/tickets", UriKind.Relative), new
        {
            title = "Transfers time out", category = "Platform", subcategory = "Transfers", requester = "rita@partner.example",
            impact = new { functionalImpact = "KeyFunctionalityImpaired", workaroundExists = false },
        });
        created.EnsureSuccessStatusCode();
        var number = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
        var instance = await EventuallyAsync(async () =>
        {
            var list = await GetJsonAsync(admin, $"/api/workflow-instances?correlationId={number}");
            return list.GetProperty("items").EnumerateArray().Select(i => (JsonElement?)i).FirstOrDefault();
        });
        Assert.Equal(2, instance.GetProperty("definitionVersion").GetInt32());
        // The new task names no ticket (only its title mentions it), so it is found by its group.
        var tasks = await GetJsonAsync(admin, "/api/tasks?scope=all&group=l1-platform");
        Assert.Contains(tasks.GetProperty("items").EnumerateArray(), t => t.GetProperty("title").GetString() == $"Confirm the triage of {number}");

        await Screenshots.OnFailureAsync(page, "lifecycle-instance-viewer", async () =>
        {
            await page.GotoAsync($"/instances/{instance.GetProperty("id").GetString()}");
            await Assertions.Expect(page.Locator("[data-activity-id=humantask1]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("status-waiting"));
            await Assertions.Expect(page.Locator("[data-activity-id=triage]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("status-completed"));
            await Screenshots.SaveAsync(page, "lifecycle-instance-viewer");
        });
        await page.Context.CloseAsync();
    }

    private Task<IPage> NewPageAsync() => Pages.OpenAsync(browser, host.BaseAddress, new ViewportSize { Width = 1440, Height = 900 });

    private static Task SignInAsync(IPage page, string email) => Pages.SignInAsync(page, email);

    private static Task<JsonElement> GetJsonAsync(HttpClient client, string path) => Pages.GetJsonAsync(client, path);

    /// <summary>Polls until the outbox has started the lifecycle; only the upper bound is a time.</summary>
    private static async Task<JsonElement> EventuallyAsync(Func<Task<JsonElement?>> probe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } found)
                return found;
            await Task.Delay(50);
        }

        throw new TimeoutException("The lifecycle did not start.");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IncidentWorkflows.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("IncidentWorkflows.sln not found above the test binaries.");
    }
}
