using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace IncidentWorkflows.Incidents.SecurityIncidents;

/// <summary>
/// Finds indicators of compromise in free text. Longer forms are taken first and blanked out (a URL's host is not a second
/// domain, an e-mail's domain neither), each value is reported once. Labelled forms (<c>user: jdoe</c>, <c>host=ws-12</c>,
/// <c>CORP\jdoe</c>) name users and hosts; names under internal suffixes (<c>.local</c>, <c>.corp</c>) are host names.
/// </summary>
public static partial class IndicatorExtractor
{
    private static readonly string[] InternalSuffixes = [".local", ".lan", ".internal", ".corp", ".intranet", ".home.arpa"];

    // Common file extensions look like top-level domains; "report.pdf" is not an indicator.
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "txt", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "png", "jpg", "jpeg", "gif", "log", "csv", "json",
        "xml", "html", "htm", "md", "cs", "js", "ts", "py", "ps1", "sh", "yml", "yaml", "cfg", "ini", "conf", "eml", "msg",
    };

    public static IReadOnlyList<Indicator> Extract(string? text)
    {
        var found = new List<Indicator>();
        if (string.IsNullOrWhiteSpace(text))
            return found;

        var rest = new StringBuilder(text);
        Take(rest, UrlPattern(), m => new Indicator(IndicatorKind.Url, m.Value.TrimEnd('.', ',', ')', ';')), found);
        Take(rest, EmailPattern(), m => new Indicator(IndicatorKind.Email, m.Value), found);
        Take(rest, UserPattern(), m => new Indicator(IndicatorKind.UserName, m.Groups["name"].Value), found);
        Take(rest, HostPattern(), m => new Indicator(IndicatorKind.HostName, m.Groups["name"].Value.TrimEnd('.')), found);
        Take(rest, Sha256Pattern(), m => new Indicator(IndicatorKind.Sha256, m.Value.ToLowerInvariant()), found);
        Take(rest, Sha1Pattern(), m => new Indicator(IndicatorKind.Sha1, m.Value.ToLowerInvariant()), found);
        Take(rest, Md5Pattern(), m => new Indicator(IndicatorKind.Md5, m.Value.ToLowerInvariant()), found);
        Take(rest, IPv4Pattern(), m => new Indicator(IndicatorKind.IPv4, m.Value), found);
        Take(rest, IPv6Pattern(), m => IsIPv6(m.Value) ? new Indicator(IndicatorKind.IPv6, m.Value) : null, found);
        Take(rest, DomainPattern(), AsDomainOrHost, found);
        return found.Distinct().ToList();
    }

    public static bool ContainsAny(string? text) => Extract(text).Count > 0;

    private static Indicator? AsDomainOrHost(Match match)
    {
        var name = match.Value.TrimEnd('.');
        var suffix = name[(name.LastIndexOf('.') + 1)..];
        if (FileExtensions.Contains(suffix) || suffix.All(char.IsDigit))
            return null;
        return InternalSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase))
            ? new Indicator(IndicatorKind.HostName, name)
            : new Indicator(IndicatorKind.Domain, name.ToLowerInvariant());
    }

    private static bool IsIPv6(string value) =>
        value.Count(c => c == ':') >= 2 && IPAddress.TryParse(value, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;

    /// <summary>Records every match the factory accepts and blanks it out, so shorter patterns do not see it again.</summary>
    private static void Take(StringBuilder rest, Regex pattern, Func<Match, Indicator?> toIndicator, List<Indicator> found)
    {
        foreach (Match match in pattern.Matches(rest.ToString()))
        {
            if (toIndicator(match) is not { Value.Length: > 0 } indicator)
                continue;
            found.Add(indicator);
            for (var i = match.Index; i < match.Index + match.Length; i++)
                rest[i] = ' ';
        }
    }

    [GeneratedRegex(@"\b(?:https?|hxxps?|ftp)://[^\s<>""']+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"\b[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,63}\b")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?:\b(?:user(?:name)?|account|login|uid)\s*[:=]\s*(?<name>[A-Za-z0-9._\\-]{2,64}))|(?:\b(?<name>[A-Z][A-Z0-9-]{1,14}\\[A-Za-z0-9._-]{1,64}))", RegexOptions.IgnoreCase)]
    private static partial Regex UserPattern();

    [GeneratedRegex(@"\b(?:host(?:name)?|endpoint|workstation|server|device)\s*[:=]\s*(?<name>[A-Za-z0-9][A-Za-z0-9.-]{1,252})", RegexOptions.IgnoreCase)]
    private static partial Regex HostPattern();

    [GeneratedRegex(@"\b[0-9A-Fa-f]{64}\b")]
    private static partial Regex Sha256Pattern();

    [GeneratedRegex(@"\b[0-9A-Fa-f]{40}\b")]
    private static partial Regex Sha1Pattern();

    [GeneratedRegex(@"\b[0-9A-Fa-f]{32}\b")]
    private static partial Regex Md5Pattern();

    [GeneratedRegex(@"\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\b")]
    private static partial Regex IPv4Pattern();

    [GeneratedRegex(@"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")]
    private static partial Regex IPv6Pattern();

    [GeneratedRegex(@"\b(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{1,62}\b")]
    private static partial Regex DomainPattern();
}
