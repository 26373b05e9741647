using IncidentWorkflows.Incidents.Tickets;

namespace IncidentWorkflows.Incidents.Tests.Tickets;

public class TicketNumberTests
{
    [Theory]
    [InlineData(TicketKind.Incident, 123, "INC-000123")]
    [InlineData(TicketKind.ServiceRequest, 1, "REQ-000001")]
    [InlineData(TicketKind.ChangeRequest, 999999, "CHG-999999")]
    [InlineData(TicketKind.Incident, 1234567, "INC-1234567")]
    public void ToString_PrefixPerKindAndAtLeastSixDigits(TicketKind kind, long sequence, string expected)
    {
        Assert.Equal(expected, new TicketNumber(kind, sequence).ToString());
    }

    [Theory]
    [InlineData("INC-000123", TicketKind.Incident, 123)]
    [InlineData("inc-123", TicketKind.Incident, 123)]
    [InlineData(" REQ-000042 ", TicketKind.ServiceRequest, 42)]
    [InlineData("CHG-1234567", TicketKind.ChangeRequest, 1234567)]
    public void TryParse_CanonicalOrTyped_GivesKindAndSequence(string text, TicketKind kind, long sequence)
    {
        Assert.True(TicketNumber.TryParse(text, out var number));
        Assert.Equal(new TicketNumber(kind, sequence), number);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("INC")]
    [InlineData("INC-")]
    [InlineData("INC-000000")]
    [InlineData("INC-12a")]
    [InlineData("INC--12")]
    [InlineData("INC-+12")]
    [InlineData("BUG-000123")]
    [InlineData("INC-1234567890123456789")]
    public void TryParse_NotATicketNumber_ReturnsFalse(string? text)
    {
        Assert.False(TicketNumber.TryParse(text, out _));
    }

    [Fact]
    public void Parse_RoundTripsFormatting()
    {
        var number = new TicketNumber(TicketKind.ServiceRequest, 77);

        Assert.Equal(number, TicketNumber.Parse(number.ToString()));
        Assert.Throws<FormatException>(() => TicketNumber.Parse("nope"));
    }
}
