namespace IncidentWorkflows.Incidents.SecurityIncidents;

/// <summary>The kinds of artifact an indicator of compromise can be.</summary>
public enum IndicatorKind
{
    IPv4,
    IPv6,
    Domain,
    Url,
    Email,
    Md5,
    Sha1,
    Sha256,
    UserName,
    HostName,
}

/// <summary>One indicator found in a text: its kind and its value as written (hashes in lower case).</summary>
public sealed record Indicator(IndicatorKind Kind, string Value);
