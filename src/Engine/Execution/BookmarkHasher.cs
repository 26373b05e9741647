using System.Security.Cryptography;
using System.Text;

namespace IncidentWorkflows.Engine.Execution;

/// <summary>Computes the stimulus hash of a bookmark: stable across processes and independent of payload key order.</summary>
public static class BookmarkHasher
{
    public static string Hash(string name, IReadOnlyDictionary<string, string>? payload)
    {
        var builder = new StringBuilder(name);
        if (payload is not null)
        {
            foreach (var (key, value) in payload.OrderBy(p => p.Key, StringComparer.Ordinal))
                builder.Append('\u001f').Append(key).Append('=').Append(value);
        }

        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()), digest);
        return Convert.ToHexStringLower(digest[..16]);
    }
}
