using System.Net;
using System.Net.Http.Json;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Host.Tests.Support;
using IncidentWorkflows.Host.Tests.Tickets;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.Configuration;

/// <summary>The process configuration over the API: who may read and change it, validation, versions.</summary>
public sealed class ConfigurationEndpointTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Theory]
    [InlineData("/api/categories")]
    [InlineData("/api/routing-rules")]
    [InlineData("/api/sla-policies")]
    [InlineData("/api/calendars")]
    [InlineData("/api/escalation-matrix")]
    public async Task Get_Staff_ServesTheSeededDocument(string path)
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL1);

        var document = await engineer.GetJsonAsync(path);

        Assert.NotEmpty(document.GetProperty("items").EnumerateArray());
        Assert.True(document.GetProperty("version").GetInt32() >= 1);
    }

    [Fact]
    public async Task Get_Requester_MayReadCategoriesButNotPolicies()
    {
        using var requester = await factory.CreateClientWithRolesAsync(Roles.Requester);

        var categories = await requester.GetJsonAsync("/api/categories");
        using var policies = await requester.GetAsync(Url("/api/sla-policies"));

        Assert.Contains(categories.GetProperty("items").EnumerateArray(), c => c.GetProperty("name").GetString() == "Security" && c.GetProperty("isSecurity").GetBoolean());
        await ProblemAsync(policies, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Put_Engineer_Returns403()
    {
        using var engineer = await factory.CreateClientWithRolesAsync(Roles.EngineerL2);
        var current = await engineer.GetJsonAsync("/api/calendars");

        using var response = await engineer.PutAsJsonAsync(Url("/api/calendars"), new { items = current.GetProperty("items") });

        await ProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task PutCategories_NewCategory_IsUsableForNewTickets()
    {
        using var owner = await factory.CreateClientWithRolesAsync(Roles.ProcessOwner);
        var current = await owner.GetJsonAsync("/api/categories");
        var items = current.GetProperty("items").EnumerateArray().Select(c => (object)c).Append(new { name = "Payments", subcategories = new[] { "Cards", "SEPA" } });

        using var response = await owner.PutAsJsonAsync(Url("/api/categories"), new { items, version = current.GetProperty("version").GetInt32() });
        var saved = await OkJsonAsync(response);
        var ticket = await owner.CreateTicketAsync(new { title = "SEPA batch rejected", category = "payments", subcategory = "sepa", requester = "rita@partner.test" });

        Assert.Equal(current.GetProperty("version").GetInt32() + 1, saved.GetProperty("version").GetInt32());
        Assert.Equal(await owner.NameAsync(), saved.GetProperty("updatedBy").GetString());
        Assert.Equal(("Payments", "SEPA", "l1-service-desk"),
            (ticket.GetProperty("category").GetString(), ticket.GetProperty("subcategory").GetString(), ticket.GetProperty("supportGroup").GetString()));
    }

    [Fact]
    public async Task PutSlaPolicies_InvalidTargets_Returns400ListingEveryProblemByPath()
    {
        using var owner = await factory.CreateClientWithRolesAsync(Roles.ProcessOwner);
        var policy = new { id = "broken", name = "Broken", targets = new { response = "-00:10:00", resolution = "08:00:00", calendar = "nights" } };
        var current = await owner.GetJsonAsync("/api/sla-policies");
        var items = current.GetProperty("items").EnumerateArray().Select(p => (object)p).Append(policy);

        using var response = await owner.PutAsJsonAsync(Url("/api/sla-policies"), new { items });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid-target", "sla-policies[4].targets");
        var issues = problem.GetProperty("issues").EnumerateArray().Select(i => (i.GetProperty("rule").GetString(), i.GetProperty("property").GetString())).ToList();
        Assert.Contains(("unknown-calendar", "sla-policies[4].targets.calendar"), issues);
        Assert.Equal(current.GetProperty("version").GetInt32(), (await owner.GetJsonAsync("/api/sla-policies")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task PutCalendars_OverlappingPeriods_Returns400InvalidCalendar()
    {
        using var owner = await factory.CreateClientWithRolesAsync(Roles.ProcessOwner);
        var items = new object[]
        {
            new { id = "24x7", name = "24×7", kind = "AlwaysOpen" },
            new
            {
                id = "business-hours", name = "Office", kind = "BusinessHours", timeZone = "Europe/Amsterdam",
                workingDays = new[] { "Monday", "Tuesday" },
                periods = new[] { new { from = "08:00:00", to = "12:30:00" }, new { from = "12:00:00", to = "17:00:00" } },
            },
        };

        using var response = await owner.PutAsJsonAsync(Url("/api/calendars"), new { items });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "invalid-calendar", "calendars[1]");
    }

    [Fact]
    public async Task PutEscalationMatrix_StaleVersion_Returns409()
    {
        using var owner = await factory.CreateClientWithRolesAsync(Roles.ProcessOwner);
        var current = await owner.GetJsonAsync("/api/escalation-matrix");
        var body = new { items = current.GetProperty("items"), version = current.GetProperty("version").GetInt32() };
        using var first = await owner.PutAsJsonAsync(Url("/api/escalation-matrix"), body);

        using var second = await owner.PutAsJsonAsync(Url("/api/escalation-matrix"), body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await ProblemAsync(second, HttpStatusCode.Conflict, "configuration-changed");
    }

    [Fact]
    public async Task Put_WithoutItems_Returns400NamingItems()
    {
        using var owner = await factory.CreateClientWithRolesAsync(Roles.ProcessOwner);

        using var response = await owner.PutAsync(Url("/api/routing-rules"), Json("{}"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "required", "items");
    }

    [Fact]
    public async Task Put_BadJson_Returns400InvalidJson()
    {
        using var owner = await factory.CreateClientWithRolesAsync(Roles.ProcessOwner);

        using var response = await owner.PutAsync(Url("/api/routing-rules"), Json("""{"items": [ {"level": "L9"} ]}"""));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-json");
    }
}
