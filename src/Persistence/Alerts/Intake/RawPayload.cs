using System.Text;

namespace IncidentWorkflows.Persistence.Alerts.Intake;

/// <summary>The body as received, cut to what the integration keeps (on a UTF-8 character boundary).</summary>
public sealed record RawPayload(string Text, int Bytes, bool Truncated)
{
    public static RawPayload From(ReadOnlySpan<byte> body, int keepBytes)
    {
        if (body.Length <= keepBytes)
            return new RawPayload(Encoding.UTF8.GetString(body), body.Length, false);
        var cut = keepBytes;
        // Never split a multi-byte character: back up over continuation bytes (10xxxxxx).
        while (cut > 0 && (body[cut] & 0xC0) == 0x80)
            cut--;
        return new RawPayload(Encoding.UTF8.GetString(body[..cut]), body.Length, true);
    }
}
