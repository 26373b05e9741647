using System.Security.Cryptography;
using System.Text;

namespace IncidentWorkflows.Host.Auth;

/// <summary>API keys are random 256-bit secrets; only their SHA-256 is stored, so a database leak reveals no key.</summary>
public static class ApiKeyHasher
{
    public const string Prefix = "iwk_";

    public static string NewKey() => Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
