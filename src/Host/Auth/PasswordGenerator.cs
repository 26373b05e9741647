using System.Security.Cryptography;

namespace IncidentWorkflows.Host.Auth;

/// <summary>One-time passwords for the first administrator and for accounts an administrator creates without one.</summary>
public static class PasswordGenerator
{
    /// <summary>144 random bits, and the fixed characters make it meet Identity's rules (upper, lower, digit, symbol).</summary>
    public static string New() => "Iw!" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y') + "9a";
}
