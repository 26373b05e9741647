using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Tickets.Transitions;
using static IncidentWorkflows.Incidents.Tests.Support.TestTickets;

namespace IncidentWorkflows.Incidents.Tests.SecurityIncidents;

public sealed class PublicTextRedactionTests
{
    private static readonly DateTimeOffset Later = MondayMorning.AddHours(1);

    [Theory]
    [InlineData("Blocked 198.51.100.23 at the firewall.")]
    [InlineData("Sample 275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f quarantined.")]
    public void AddComment_PublicIndicatorOnSecurityTicket_IsRefusedAndNothingRecorded(string text)
    {
        var ticket = InStatus(TicketStatus.InProgress, Severity.S3, DefaultCategories.Security);
        var timeline = ticket.Timeline.Count;

        var refused = ticket.AddComment(text, Visibility.Public, Engineer, Later);

        Assert.Equal(RuleIds.IndicatorInPublicText, refused.Refusal?.RuleId);
        Assert.Empty(ticket.Comments);
        Assert.Equal(timeline, ticket.Timeline.Count);
    }

    [Fact]
    public void AddComment_InternalNoteOrOtherCategory_KeepsIndicators()
    {
        var security = InStatus(TicketStatus.InProgress, Severity.S3, DefaultCategories.Security);
        var platform = InStatus(TicketStatus.InProgress, Severity.S3, DefaultCategories.Platform);

        Assert.True(security.AddComment("Blocked 198.51.100.23.", Visibility.Internal, Engineer, Later).IsAccepted);
        Assert.True(platform.AddComment("Gateway 198.51.100.23 restarted.", Visibility.Public, Engineer, Later).IsAccepted);
    }

    [Fact]
    public void Apply_ResolveSecurityTicketWithIndicatorInResolution_IsRefused()
    {
        var ticket = InStatus(TicketStatus.InProgress, Severity.S3, DefaultCategories.Security);

        var refused = ticket.Apply(new Resolve(Engineer, Later, ResolutionKind.PermanentFix, "Removed the backdoor on host=ws-0142."));

        Assert.Equal(RuleIds.IndicatorInPublicText, refused.Refusal?.RuleId);
        Assert.Equal(TicketStatus.InProgress, ticket.Status);
    }
}
