using IncidentWorkflows.Incidents.Calendars;
using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Tests.Sla;

public class SlaPolicyBookTests
{
    private static readonly SlaTargets AnyTargets = new()
    {
        Response = TimeSpan.FromHours(1),
        Resolution = TimeSpan.FromHours(2),
        CalendarId = CalendarCatalog.TwentyFourSevenId,
    };

    private static SlaSubject Subject(Severity severity = Severity.S1, string category = "Security", string requester = "rita", string? organization = "acme") =>
        new(category, null, requester, organization, severity, Priority.P2);

    [Theory]
    [InlineData(Severity.S1, "default-s1")]
    [InlineData(Severity.S2, "default-s2")]
    [InlineData(Severity.S3, "default-s3")]
    [InlineData(Severity.S4, "default-s4")]
    public void Select_Defaults_BySeverity(Severity severity, string policy)
    {
        Assert.Equal(policy, SlaPolicyBook.Defaults(TimeSpan.FromHours(10)).Select(Subject(severity))!.Id);
    }

    [Fact]
    public void Select_MoreCriteriaMatching_Wins()
    {
        var book = new SlaPolicyBook(
        [
            Policy("severity", new() { Severity = Severity.S1 }),
            Policy("security-s1", new() { Category = "security", Severity = Severity.S1 }),
            Policy("requester", new() { Requester = "acme" }),
        ]);

        Assert.Equal("security-s1", book.Select(Subject())!.Id);
    }

    [Fact]
    public void Select_EquallySpecific_RequesterBeatsCategoryBeatsSeverity()
    {
        var book = new SlaPolicyBook(
        [
            Policy("severity", new() { Severity = Severity.S1 }),
            Policy("category", new() { Category = "Security" }),
            Policy("requester", new() { Requester = "ACME" }),
        ]);

        Assert.Equal("requester", book.Select(Subject())!.Id);
        Assert.Equal("category", book.Select(Subject(organization: "globex"))!.Id);
    }

    [Fact]
    public void Select_RequesterCriterion_MatchesThePersonOrTheOrganization()
    {
        var book = new SlaPolicyBook([Policy("vip", new() { Requester = "rita" }), Policy("fallback", SlaPolicyScope.Any)]);

        Assert.Equal("vip", book.Select(Subject(organization: null))!.Id);
        Assert.Equal("fallback", book.Select(Subject(requester: "bob", organization: null))!.Id);
    }

    [Fact]
    public void Select_SameScopeTwice_FirstListedWins()
    {
        var book = new SlaPolicyBook([Policy("first", new() { Severity = Severity.S1 }), Policy("second", new() { Severity = Severity.S1 })]);

        Assert.Equal("first", book.Select(Subject())!.Id);
    }

    [Fact]
    public void Select_NothingMatches_ReturnsNull()
    {
        Assert.Null(new SlaPolicyBook([Policy("s4", new() { Severity = Severity.S4 })]).Select(Subject()));
    }

    [Fact]
    public void Validate_BadTargetsUnknownCalendarAndDuplicateIds_AreAllReported()
    {
        var book = new SlaPolicyBook(
        [
            Policy("a", SlaPolicyScope.Any) with { Targets = AnyTargets with { WarningRatio = 1.5, Response = TimeSpan.Zero } },
            Policy("a", SlaPolicyScope.Any) with { Targets = AnyTargets with { CalendarId = "moon" } },
        ]);

        var problems = book.Validate(CalendarCatalog.Defaults());

        Assert.Contains(problems, p => p.Contains("warning ratio", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("longer than zero", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'moon'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("used 2 times", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Defaults_HaveNoProblems()
    {
        Assert.Empty(SlaPolicyBook.Defaults(TimeSpan.FromHours(10)).Validate(CalendarCatalog.Defaults()));
    }

    private static SlaPolicy Policy(string id, SlaPolicyScope scope) => new(id, id, scope, AnyTargets);
}
