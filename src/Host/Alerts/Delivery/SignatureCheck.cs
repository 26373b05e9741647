using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IncidentWorkflows.Host.Alerts.Delivery;

/// <summary>
/// The optional HMAC-SHA256 signature: <c>X-Signature-Timestamp</c> (Unix seconds) and <c>X-Signature: sha256=HEX</c>
/// over <c>TIMESTAMP.BODY</c> with the integration's secret. The timestamp must be within five minutes of this host's
/// clock, and a signature is accepted once: a captured request sent again is refused.
/// </summary>
public sealed class SignatureCheck(TimeProvider time, SignatureReplayGuard replays)
{
    public const string TimestampHeader = "X-Signature-Timestamp";
    public const string SignatureHeader = "X-Signature";
    public const string Scheme = "sha256=";
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>Null when the signature holds; otherwise the problem type and why.</summary>
    public (string Rule, string Message)? Verify(HttpRequest request, string integrationId, string secret, ReadOnlySpan<byte> body)
    {
        var timestamp = request.Headers[TimestampHeader].ToString();
        var signature = request.Headers[SignatureHeader].ToString();
        if (timestamp.Length == 0 || signature.Length == 0)
            return ("signature-required", $"This integration requires {SignatureHeader} and {TimestampHeader}.");
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
            return ("signature-invalid", $"{TimestampHeader} must be Unix seconds.");
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if ((time.GetUtcNow() - signedAt).Duration() > Tolerance)
            return ("signature-expired", $"The signature's timestamp is more than {Tolerance.TotalMinutes} minutes from this server's clock.");
        if (!signature.StartsWith(Scheme, StringComparison.Ordinal) || !TryHex(signature[Scheme.Length..], out var presented))
            return ("signature-invalid", $"{SignatureHeader} must be '{Scheme}' followed by the hex HMAC-SHA256.");
        if (!CryptographicOperations.FixedTimeEquals(presented, Expected(secret, timestamp, body)))
            return ("signature-invalid", "The signature does not match the body and timestamp.");
        if (!replays.FirstUse(integrationId, presented, signedAt + Tolerance))
            return ("signature-replayed", "This signature was used already; sign every delivery anew.");
        return null;
    }

    public static byte[] Expected(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
    }

    private static bool TryHex(string text, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromHexString(text);
            return bytes.Length == 32;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
