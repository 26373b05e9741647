using IncidentWorkflows.Incidents;
using IncidentWorkflows.Incidents.Calendars;
using IncidentWorkflows.Persistence.ProcessConfiguration;
using IncidentWorkflows.Persistence.ProcessConfiguration.Documents;
using IncidentWorkflows.Persistence.Runtime;
using IncidentWorkflows.Persistence.Tests.Tickets;
using IncidentWorkflows.Persistence.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.Persistence.Tests.ProcessConfiguration;

/// <summary>The process owner's configuration: seeded defaults, validated replacement, versions.</summary>
public sealed class ProcessConfigurationStoreTests
{
    public static TheoryData<string> Providers() => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task GetAsync_FreshDatabase_ServesTheSeededDefaults(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = db.Services.GetRequiredService<ProcessConfigurationStore>();

        var categories = await store.GetAsync<CategoryDocument>(ConfigurationKinds.Categories, default);
        var policies = await store.GetAsync<SlaPolicyDocument>(ConfigurationKinds.SlaPolicies, default);

        Assert.Equal(["Infrastructure", "Platform", "Security", "Settlements", "Onboarding"], categories.Items.Select(c => c.Name));
        Assert.True(categories.Items.Single(c => c.Name == "Security").IsSecurity);
        Assert.Equal((1, "system"), (categories.Version, categories.UpdatedBy));
        Assert.Equal(TimeSpan.FromHours(30), policies.Items.Single(p => p.Id == "default-s3").Targets.Resolution);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_ValidPolicies_BumpsVersionAndAppliesToNewTickets(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = db.Services.GetRequiredService<ProcessConfigurationStore>();
        var policies = (await store.GetAsync<SlaPolicyDocument>(ConfigurationKinds.SlaPolicies, default)).Items;
        var faster = policies.Select(p => p.Id == "default-s2" ? p with { Targets = p.Targets with { Response = TimeSpan.FromMinutes(20) } } : p).ToList();

        var saved = await store.SaveAsync(ConfigurationKinds.SlaPolicies, faster, expectedVersion: 1, "olga@ops.test", default);
        var ticket = await db.Services.GetRequiredService<TicketService>().OpenAsync(TicketReports.Severe(), TicketReports.Requester, default);

        Assert.Equal((2, "olga@ops.test"), (saved.Version, saved.UpdatedBy));
        Assert.Equal(TimeSpan.FromMinutes(20), ticket.Sla.Response.Target);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_PolicyOnUnknownCalendar_IsRefusedNamingThePath(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = db.Services.GetRequiredService<ProcessConfigurationStore>();
        var policies = (await store.GetAsync<SlaPolicyDocument>(ConfigurationKinds.SlaPolicies, default)).Items;
        var broken = policies.Select((p, i) => i == 2 ? p with { Targets = p.Targets with { Calendar = "nights" } } : p).ToList();

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => store.SaveAsync(ConfigurationKinds.SlaPolicies, broken, null, "olga", default));

        Assert.Equal(ConfigurationRules.UnknownCalendar, refused.Type);
        Assert.Equal("sla-policies[2].targets.calendar", refused.Issues[0].Property);
        Assert.Equal(1, (await store.GetAsync<SlaPolicyDocument>(ConfigurationKinds.SlaPolicies, default)).Version);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_RemovingTheOnlyS1Policy_IsRefusedAsAGap(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = db.Services.GetRequiredService<ProcessConfigurationStore>();
        var policies = (await store.GetAsync<SlaPolicyDocument>(ConfigurationKinds.SlaPolicies, default)).Items;

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            store.SaveAsync(ConfigurationKinds.SlaPolicies, policies.Where(p => p.Id != "default-s1").ToList(), null, "olga", default));

        Assert.Equal(RuleIds.NoSlaPolicy, refused.Type);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_RemovingACategoryStillRouted_IsRefused(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = db.Services.GetRequiredService<ProcessConfigurationStore>();
        var categories = (await store.GetAsync<CategoryDocument>(ConfigurationKinds.Categories, default)).Items;

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            store.SaveAsync(ConfigurationKinds.Categories, categories.Where(c => c.Name != "Onboarding").ToList(), null, "olga", default));

        Assert.Equal(RuleIds.UnknownCategory, refused.Type);
        Assert.StartsWith("routing-rules[", refused.Issues[0].Property, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_StaleVersion_IsAConflict(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = db.Services.GetRequiredService<ProcessConfigurationStore>();
        var categories = (await store.GetAsync<CategoryDocument>(ConfigurationKinds.Categories, default)).Items;
        await store.SaveAsync(ConfigurationKinds.Categories, categories, expectedVersion: 1, "first", default);

        var conflict = await Assert.ThrowsAsync<ConflictException>(() => store.SaveAsync(ConfigurationKinds.Categories, categories, expectedVersion: 1, "second", default));

        Assert.Equal(ConfigurationRules.ConfigurationChanged, conflict.Type);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_RemovingACalendarATicketRunsOn_IsRefused(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = db.Services.GetRequiredService<ProcessConfigurationStore>();
        await db.Services.GetRequiredService<TicketService>().OpenAsync(TicketReports.Average(), TicketReports.Requester, default);
        var policies = (await store.GetAsync<SlaPolicyDocument>(ConfigurationKinds.SlaPolicies, default)).Items;
        var allDay = policies.Select(p => p with { Targets = p.Targets with { Calendar = CalendarCatalog.TwentyFourSevenId } }).ToList();
        await store.SaveAsync(ConfigurationKinds.SlaPolicies, allDay, null, "olga", default);
        var calendars = (await store.GetAsync<CalendarDocument>(ConfigurationKinds.Calendars, default)).Items;

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            store.SaveAsync(ConfigurationKinds.Calendars, calendars.Where(c => c.Id != CalendarCatalog.BusinessHoursId).ToList(), null, "olga", default));

        Assert.Equal(ConfigurationRules.CalendarInUse, refused.Type);
    }
}
