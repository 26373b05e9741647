namespace IncidentWorkflows.Incidents.SecurityIncidents;

/// <summary>Traffic Light Protocol 2.0: who may receive a piece of information. Only <see cref="Clear"/> may go public.</summary>
public enum TlpLabel
{
    Clear,
    Green,
    Amber,
    AmberStrict,
    Red,
}

/// <summary>The labels as FIRST writes them (<c>TLP:AMBER+STRICT</c>), and the one rule that matters for public channels.</summary>
public static class TlpLabels
{
    public static string Format(TlpLabel label) => label switch
    {
        TlpLabel.AmberStrict => "TLP:AMBER+STRICT",
        _ => "TLP:" + label.ToString().ToUpperInvariant(),
    };

    /// <summary>Reads <c>TLP:AMBER+STRICT</c>, <c>AMBER+STRICT</c> or <c>AmberStrict</c>; false for anything else.</summary>
    public static bool TryParse(string? text, out TlpLabel label)
    {
        var plain = (text ?? "").Trim().ToUpperInvariant();
        if (plain.StartsWith("TLP:", StringComparison.Ordinal))
            plain = plain[4..];
        plain = plain.Replace("+", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<TlpLabel>())
        {
            if (string.Equals(candidate.ToString(), plain, StringComparison.OrdinalIgnoreCase))
            {
                label = candidate;
                return true;
            }
        }

        label = TlpLabel.Red;
        return false;
    }

    /// <summary>Requester notices, public comments and the status page are public channels: TLP:CLEAR only.</summary>
    public static bool MayReachPublicChannels(TlpLabel label) => label == TlpLabel.Clear;
}
