using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IncidentWorkflows.E2E.Tests.Support;
using Microsoft.Playwright;

namespace IncidentWorkflows.E2E.Tests;

/// <summary>
/// From Prometheus Alertmanager to the inbox: a firing group posted to <c>/api/alerts/{integration}</c> opens an incident,
/// the shipped lifecycle gives its L1 group a task, and an engineer of that group claims and completes it in the browser.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AlertInboxTests(IncidentHost host, BrowserFixture browser) : IClassFixture<IncidentHost>
{
    [Fact]
    public async Task Alertmanager_FiringAlert_ItsL1TaskIsClaimedAndCompletedInTheInbox_TheTicketIsResolved()
    {
        using var admin = await host.AdminClientAsync();
        var number = await PostFiringGroupAsync(admin);
        var ticket = await Pages.GetJsonAsync(admin, $"/api/tickets/{number}");
        Assert.Equal(("Monitoring", "Internal"), (ticket.GetProperty("channel").GetString(), ticket.GetProperty("detectionSource").GetString()));
        var group = ticket.GetProperty("supportGroup").GetString()!;
        var engineer = await host.CreateMemberAsync(["engineer-l1"], group);
        var page = await Pages.OpenAsync(browser, host.BaseAddress, new ViewportSize { Width = 1280, Height = 800 }, 15000);

        await Screenshots.OnFailureAsync(page, nameof(Alertmanager_FiringAlert_ItsL1TaskIsClaimedAndCompletedInTheInbox_TheTicketIsResolved), async () =>
        {
            await Pages.SignInAsync(page, engineer);
            await page.GotoAsync("/inbox");
            var item = page.Locator(".task-list li", new() { HasText = $"Investigate and resolve {number}" });
            await Assertions.Expect(item).ToBeVisibleAsync(new() { Timeout = 30000 });
            await item.GetByRole(AriaRole.Link).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();
            await Assertions.Expect(page.Locator(".task-panel")).ToContainTextAsync($"claimed by {engineer}");
            await page.Locator("#field-resolutionKind").SelectOptionAsync("PermanentFix");
            await page.Locator("#field-resolution").FillAsync("Rolled back payments-api to the previous release.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Resolve", Exact = true }).ClickAsync();
            await Assertions.Expect(item).ToBeHiddenAsync(new() { Timeout = 30000 });
        });
        await page.Context.CloseAsync();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await Pages.GetJsonAsync(admin, $"/api/tickets/{number}")).GetProperty("status").GetString() != "Resolved")
        {
            Assert.True(DateTime.UtcNow < deadline, $"{number} was not resolved by the workflow.");
            await Task.Delay(100);
        }
    }

    /// <summary>An Alertmanager integration (created by the admin) receives the shared firing-group fixture; the first alert's ticket.</summary>
    private async Task<string> PostFiringGroupAsync(HttpClient admin)
    {
        var name = $"am-{Guid.NewGuid():N}"[..12];
        using var created = await admin.PostAsJsonAsync(new Uri("/api/integrations", UriKind.Relative), new { name, source = "Alertmanager", ownerTeam = "platform-ops" });
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.IsSuccessStatusCode, body);
        var key = JsonDocument.Parse(body).RootElement.GetProperty("key").GetProperty("key").GetString()!;

        using var alertmanager = new HttpClient { BaseAddress = host.BaseAddress };
        alertmanager.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var payload = await File.ReadAllTextAsync(Path.Combine(SharedFolder(), "fixtures", "alerts", "alertmanager-firing-group.json"));
        using var posted = await alertmanager.PostAsync(new Uri($"/api/alerts/{name}", UriKind.Relative), new StringContent(payload, Encoding.UTF8, "application/json"));
        var receipt = await posted.Content.ReadAsStringAsync();
        Assert.True(posted.StatusCode == System.Net.HttpStatusCode.Accepted, receipt);
        return JsonDocument.Parse(receipt).RootElement.GetProperty("alerts")[0].GetProperty("ticket").GetString()!;
    }

    private static string SharedFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IncidentWorkflows.sln")))
            directory = directory.Parent;
        return Path.GetFullPath(Path.Combine(directory?.FullName ?? throw new InvalidOperationException("IncidentWorkflows.sln not found."), "..", "shared"));
    }
}
