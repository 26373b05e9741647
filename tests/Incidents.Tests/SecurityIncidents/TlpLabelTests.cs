using IncidentWorkflows.Incidents.SecurityIncidents;

namespace IncidentWorkflows.Incidents.Tests.SecurityIncidents;

public sealed class TlpLabelTests
{
    [Theory]
    [InlineData("TLP:AMBER+STRICT", TlpLabel.AmberStrict)]
    [InlineData("amber+strict", TlpLabel.AmberStrict)]
    [InlineData("TLP:CLEAR", TlpLabel.Clear)]
    [InlineData("Red", TlpLabel.Red)]
    public void TryParse_KnownSpelling_ReadsTheLabel(string text, TlpLabel expected)
    {
        Assert.True(TlpLabels.TryParse(text, out var label));
        Assert.Equal(expected, label);
    }

    [Fact]
    public void TryParse_WhiteFromTlp1_IsRefused()
    {
        Assert.False(TlpLabels.TryParse("TLP:WHITE", out _));
    }

    [Theory]
    [InlineData(TlpLabel.Clear, true)]
    [InlineData(TlpLabel.Green, false)]
    [InlineData(TlpLabel.AmberStrict, false)]
    public void MayReachPublicChannels_Label_OnlyClear(TlpLabel label, bool expected)
    {
        Assert.Equal(expected, TlpLabels.MayReachPublicChannels(label));
        Assert.StartsWith("TLP:", TlpLabels.Format(label));
    }
}
