using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Lifecycle;

/// <summary>The SLA clocks of the shipped lifecycle on the default business calendar (Mon–Fri 08:00–18:00 UTC).</summary>
public sealed class LifecycleClockScenarioTests
{
    /// <summary>Friday 6 March 2026, 16:00 UTC: two working hours before the weekend.</summary>
    private static readonly DateTimeOffset Friday1600 = new(2026, 3, 6, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Lifecycle_AverageIncidentPendingOverTheWeekend_PauseExcludedAndTimerMovedExactly()
    {
        await using var host = await LifecycleHost.StartAsync(Friday1600);
        var admin = await host.Factory.CreateAdminClientAsync();
        var requester = await host.RequesterAsync();
        var number = await requester.ReportAverageAsync();
        var instanceId = await host.LifecycleInstanceAsync(number);
        await StartWorkAsync(admin, number);

        // One working hour of the 30-hour (3 business days) resolution target, then Pending until Monday 11:00.
        host.Time.Advance(TimeSpan.FromHours(1));
        admin = await host.Factory.CreateAdminClientAsync(); // bearer tokens live an hour, on the same clock
        await PostOkAsync(admin, $"/api/tickets/{number}/put-on-hold", new { reason = "AwaitingCustomerInformation", explanation = "Which report, which day?" });
        await host.SlaTimerBecomesAsync(instanceId, null);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 3, 9, 11, 0, 0, TimeSpan.Zero));
        admin = await host.Factory.CreateAdminClientAsync();
        await PostOkAsync(admin, $"/api/tickets/{number}/resume", new { note = "The customer answered." });

        // 75 % of 30 h is 22.5 h: 1 h on Friday, then 7 h Monday from 11:00, 10 h Tuesday, 4.5 h Wednesday → 12:30.
        await host.SlaTimerBecomesAsync(instanceId, new DateTimeOffset(2026, 3, 11, 12, 30, 0, TimeSpan.Zero));
        // The target itself: 29 h left on Monday 11:00 → 7 + 10 + 10 + 2 → Thursday 10:00.
        var resolution = Clock(await admin.TicketAsync(number), "Resolution");
        Assert.Equal(("01:00:00", "Running"), (resolution.Str("elapsed"), resolution.Str("state")));
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 10, 0, 0, TimeSpan.Zero), resolution.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Lifecycle_SeverityRaisedMidFlight_TimerRescheduledOnTheNewTarget()
    {
        await using var host = await LifecycleHost.StartAsync();
        var admin = await host.Factory.CreateAdminClientAsync();
        var requester = await host.RequesterAsync();
        var number = await requester.ReportAverageAsync();
        var instanceId = await host.LifecycleInstanceAsync(number);

        // S3: 75 % of the 4 business-hour response target, from Monday 09:00 → 12:00.
        await host.SlaTimerBecomesAsync(instanceId, LifecycleHost.Monday0900.AddHours(3));
        host.Time.Advance(TimeSpan.FromMinutes(10));
        using (var raise = await admin.PutAsJsonAsync(Url($"/api/tickets/{number}/classification"), new { severity = "S2", reason = "Every partner is affected after all." }))
            Assert.Equal(HttpStatusCode.OK, raise.StatusCode);

        // S2 on 24×7: 75 % of 30 minutes over the whole history → 09:22:30.
        await host.SlaTimerBecomesAsync(instanceId, LifecycleHost.Monday0900.AddMinutes(22.5));
    }

    private static async Task StartWorkAsync(HttpClient staff, string number) =>
        await PostOkAsync(staff, $"/api/tickets/{number}/start-work", new { assignee = "eve@ops.example" });

    private static async Task PostOkAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(Url(path), body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static JsonElement Clock(JsonElement ticket, string kind) =>
        ticket.GetProperty("sla").GetProperty("clocks").EnumerateArray().Single(c => c.Str("kind") == kind && c.GetProperty("level").ValueKind == JsonValueKind.Null);
}
