using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using IncidentWorkflows.E2E.Tests.Support;
using Microsoft.Playwright;

namespace IncidentWorkflows.E2E.Tests;

/// <summary>
/// The engineer inbox, the incident pages and the requester portal in a real browser against the real host running the
/// shipped incident lifecycle: a monitoring ticket's L1 task is claimed and completed from the inbox, an S1 ticket offers
/// no Pending action, and a requester follows and acknowledges their ticket. Screenshots at 1280×800 and 390×844.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AppTests(IncidentHost host, BrowserFixture browser) : IClassFixture<IncidentHost>
{
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task MonitoringTicket_ItsL1TaskArrivesInTheInbox_TheEngineerClaimsAndCompletesIt_TheTicketIsResolved()
    {
        using var admin = await host.AdminClientAsync();
        var engineer = await host.CreateMemberAsync(["engineer-l1"], "l1-platform");
        var page = await NewPageAsync(Desktop);
        string? number = null;

        await Screenshots.OnFailureAsync(page, nameof(MonitoringTicket_ItsL1TaskArrivesInTheInbox_TheEngineerClaimsAndCompletesIt_TheTicketIsResolved), async () =>
        {
            await SignInAsync(page, engineer);
            await page.GotoAsync("/inbox");
            await Assertions.Expect(page.GetByTestId("live-state")).ToHaveTextAsync("live", new() { Timeout = 15000 });

            // The monitoring system logs the ticket with its integration key (the Alertmanager intake lands on another branch).
            using var monitoring = await IntegrationClientAsync(admin);
            number = await CreateTicketAsync(monitoring, "Settlement batch stalled", new { outage = "Partial", functionalImpact = "KeyFunctionalityImpaired", workaroundExists = true });
            var ticket = await GetJsonAsync(admin, $"/api/tickets/{number}");
            Assert.Equal("Monitoring", ticket.GetProperty("channel").GetString());

            // The task reaches the open inbox through the live stream (no reload).
            var item = page.Locator(".task-list li", new() { HasText = $"Investigate and resolve {number}" });
            await Assertions.Expect(item).ToBeVisibleAsync(new() { Timeout = 30000 });
            await Assertions.Expect(item).ToContainTextAsync("for l1-platform");
            await item.GetByRole(AriaRole.Link).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();
            await Assertions.Expect(page.Locator(".task-panel")).ToContainTextAsync($"claimed by {engineer}");
            await Assertions.Expect(item).ToContainTextAsync("claimed by me");
            await Screenshots.SaveAsync(page, "inbox-1280x800");

            // On a phone: the task alone, the form filled there. An empty form is refused in the browser, field by field.
            await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
            await Assertions.Expect(page.Locator(".task-list")).ToBeHiddenAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Resolve", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#field-resolutionKind-error")).ToHaveTextAsync("Resolution is required.");
            await Assertions.Expect(page.Locator("#field-resolution-error")).ToHaveTextAsync("What was done is required.");
            await page.Locator("#field-resolutionKind").SelectOptionAsync("Workaround");
            await page.Locator("#field-resolution").FillAsync("Restarted the settlement batch runner.");
            await Screenshots.SaveAsync(page, "inbox-390x844");
            await page.GetByRole(AriaRole.Button, new() { Name = "Resolve", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Completed: Resolve");
            await Assertions.Expect(page.GetByTestId("task-status")).ToHaveTextAsync("Completed");
        });

        // The workflow resolves the ticket with what the engineer wrote.
        var resolved = await EventuallyAsync(admin, $"/api/tickets/{number}", t => t.GetProperty("status").GetString() == "Resolved");
        Assert.Equal("Restarted the settlement batch runner.", resolved.GetProperty("resolution").GetProperty("text").GetString());
        Assert.Equal("Workaround", resolved.GetProperty("resolution").GetProperty("kind").GetString());

        await Screenshots.OnFailureAsync(page, "resolved-incident-detail", async () =>
        {
            await page.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
            await page.GotoAsync($"/incidents/{number}");
            await Assertions.Expect(page.GetByTestId("resolution")).ToContainTextAsync("Restarted the settlement batch runner.");
            await Assertions.Expect(page.Locator(".ticket-header .badges")).ToContainTextAsync("Resolved");
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task S1Ticket_TheDetailPageOffersNoPendingAction_AndTheApiRefusesPutOnHold()
    {
        using var admin = await host.AdminClientAsync();
        var number = await CreateTicketAsync(admin, "Production down: payments rejected", new { outage = "ProductionOutage" });
        using (var start = await admin.PostAsJsonAsync(new Uri($"/api/tickets/{number}/start-work", UriKind.Relative), new { assignee = DesignerHost.AdminEmail }))
            Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        var ticket = await GetJsonAsync(admin, $"/api/tickets/{number}");
        Assert.Equal(("S1", "InProgress"), (ticket.GetProperty("severity").GetString(), ticket.GetProperty("status").GetString()));

        var engineer = await host.CreateMemberAsync(["engineer-l2"], "l2-operations");
        var page = await NewPageAsync(Desktop);
        await Screenshots.OnFailureAsync(page, nameof(S1Ticket_TheDetailPageOffersNoPendingAction_AndTheApiRefusesPutOnHold), async () =>
        {
            await SignInAsync(page, engineer);
            await page.GotoAsync("/incidents?severity=S1");
            await page.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
            var actions = page.GetByRole(AriaRole.Region, new() { Name = "Actions" });
            await Assertions.Expect(actions.GetByRole(AriaRole.Button, new() { Name = "Resolve" })).ToBeVisibleAsync();
            await Assertions.Expect(actions.GetByRole(AriaRole.Button, new() { Name = "Escalate" })).ToBeVisibleAsync();
            await Assertions.Expect(actions.GetByRole(AriaRole.Button, new() { Name = "Put on hold" })).ToHaveCountAsync(0);
            await Assertions.Expect(actions.GetByRole(AriaRole.Button, new() { Name = "Start work" })).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "SLA clocks" })).ToContainTextAsync("Resolution");
            await Screenshots.SaveAsync(page, "incident-detail-1280x800");
            await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
            await Assertions.Expect(actions.GetByRole(AriaRole.Button, new() { Name = "Resolve" })).ToBeInViewportAsync();
            await Screenshots.SaveAsync(page, "incident-detail-390x844");
        });
        await page.Context.CloseAsync();

        using var hold = await admin.PostAsJsonAsync(new Uri($"/api/tickets/{number}/put-on-hold", UriKind.Relative),
            new { reason = "AwaitingCustomerInformation", explanation = "Need the payment ids." });
        Assert.Equal(HttpStatusCode.Conflict, hold.StatusCode);
        var problem = await hold.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith("/pending-forbidden-for-s1-s2", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requester_RaisesATicketInThePortal_SeesItsPublicUpdates_AndAcknowledgesTheResolution()
    {
        using var admin = await host.AdminClientAsync();
        var requester = await host.CreateUserAsync("requester");
        var page = await NewPageAsync(Desktop);
        string number = "";

        await Screenshots.OnFailureAsync(page, nameof(Requester_RaisesATicketInThePortal_SeesItsPublicUpdates_AndAcknowledgesTheResolution), async () =>
        {
            await SignInAsync(page, requester);
            await page.WaitForURLAsync("**/portal");
            var form = page.GetByRole(AriaRole.Form, new() { Name = "Report a problem" });
            await form.Locator("select[name=category]").SelectOptionAsync("Platform");
            await form.Locator("input[name=title]").FillAsync("Statements page is empty");
            await form.Locator("textarea[name=description]").FillAsync("Since this morning the monthly statements page shows no rows.");
            await form.Locator("select[name=functionalImpact]").SelectOptionAsync("MinorOrModerate");
            await form.Locator("input[name=workaroundExists]").CheckAsync();
            await form.Locator("input[name=usersUnableToWork]").FillAsync("1");
            await form.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/portal/INC-\\d+$"));
            number = page.Url.Split('/').Last();
            await Assertions.Expect(page.Locator(".portal-ticket h1")).ToContainTextAsync("Statements page is empty");
        });

        // Staff answer publicly (and note something internal the requester must not see), then resolve.
        var ticket = await GetJsonAsync(admin, $"/api/tickets/{number}");
        Assert.Equal(("Portal", requester), (ticket.GetProperty("channel").GetString(), ticket.GetProperty("requester").GetString()));
        await PostOkAsync(admin, $"/api/tickets/{number}/comments", new { text = "We are looking at the statements service.", visibility = "Public" });
        await PostOkAsync(admin, $"/api/tickets/{number}/comments", new { text = "Internal: the export job died.", visibility = "Internal" });
        await PostOkAsync(admin, $"/api/tickets/{number}/start-work", new { assignee = DesignerHost.AdminEmail });
        await PostOkAsync(admin, $"/api/tickets/{number}/resolve", new { kind = "Workaround", resolution = "Restarted the export job." });

        await Screenshots.OnFailureAsync(page, "portal-acknowledge", async () =>
        {
            await page.ReloadAsync();
            var updates = page.GetByRole(AriaRole.Region, new() { Name = "Updates" });
            await Assertions.Expect(updates).ToContainTextAsync("We are looking at the statements service.");
            await Assertions.Expect(updates).Not.ToContainTextAsync("Internal: the export job died.");
            await Assertions.Expect(page.Locator(".portal-ticket")).ToContainTextAsync("Resolved");
            await Screenshots.SaveAsync(page, "requester-portal-1280x800");
            await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
            await Screenshots.SaveAsync(page, "requester-portal-390x844");
            await page.GetByRole(AriaRole.Button, new() { Name = "Yes, close it" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("ticket-status")).ToHaveTextAsync("Closed");
            await page.GetByRole(AriaRole.Link, new() { Name = "← My tickets" }).ClickAsync();
            await Assertions.Expect(page.Locator($"[data-ticket={number}]")).ToContainTextAsync("Closed");
        });
        await page.Context.CloseAsync();
        Assert.Equal("Closed", (await GetJsonAsync(admin, $"/api/tickets/{number}")).GetProperty("status").GetString());
    }

    private async Task<HttpClient> IntegrationClientAsync(HttpClient admin)
    {
        using var created = await admin.PostAsJsonAsync(new Uri("/api/api-keys", UriKind.Relative), new { name = $"monitoring-{Guid.NewGuid():N}"[..20], roles = new[] { "integration" } });
        created.EnsureSuccessStatusCode();
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task<string> CreateTicketAsync(HttpClient client, string title, object impact)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/tickets", UriKind.Relative), new
        {
            title,
            description = "Raised by the browser test.",
            category = "Platform",
            impact,
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("number").GetString()!;
    }

    private static async Task PostOkAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static Task<JsonElement> GetJsonAsync(HttpClient client, string path) => Pages.GetJsonAsync(client, path);

    private static async Task<JsonElement> EventuallyAsync(HttpClient client, string path, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var value = await GetJsonAsync(client, path);
            if (condition(value))
                return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{path} never reached the expected state: {value}");
            await Task.Delay(200);
        }
    }

    private Task<IPage> NewPageAsync(ViewportSize viewport) => Pages.OpenAsync(browser, host.BaseAddress, viewport, 15000);

    private static Task SignInAsync(IPage page, string email) => Pages.SignInAsync(page, email);
}
