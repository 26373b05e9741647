using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.Host.Tests.Auth;

/// <summary>First start without <c>Bootstrap:AdminPassword</c>: a generated one-time password, printed once, that only opens the password change.</summary>
public sealed partial class BootstrapTests
{
    [Fact]
    public async Task FirstStart_NoConfiguredPassword_PrintsAOneTimePasswordThatSignsInButNeverLogsIt()
    {
        using var temp = new TempDirectory();
        using var console = new StringWriter();
        var factory = NewHost(console, Path.Combine(temp.Path, "host-.clef"));

        var password = PrintedPassword(console);
        using (var admin = await factory.LoginAsync(KestrelHostFactory.AdminEmail, password))
        {
            var me = await admin.FetchJsonAsync("/api/auth/me");
            Assert.Contains("admin", me.GetProperty("roles").Strings());
            Assert.True(me.GetProperty("mustChangePassword").GetBoolean());
        }

        await factory.DisposeAsync();
        var log = string.Concat(Directory.GetFiles(temp.Path, "host-*.clef").Select(File.ReadAllText));
        Assert.Contains("Created the first administrator", log, StringComparison.Ordinal);
        Assert.DoesNotContain(password, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstStart_TwoFreshHosts_GenerateDifferentPasswords()
    {
        using var firstConsole = new StringWriter();
        using var secondConsole = new StringWriter();
        await using var first = NewHost(firstConsole);
        await using var second = NewHost(secondConsole);

        Assert.NotEqual(PrintedPassword(firstConsole), PrintedPassword(secondConsole));
    }

    [Fact]
    public async Task OneTimePassword_BeforeChange_AdminEndpointsAnswer403PasswordChangeRequired()
    {
        using var console = new StringWriter();
        await using var factory = NewHost(console);
        using var admin = await factory.LoginAsync(KestrelHostFactory.AdminEmail, PrintedPassword(console));

        using var users = await admin.GetAsync(new Uri("/api/users", UriKind.Relative));
        using var descriptors = await admin.GetAsync(new Uri("/api/activity-descriptors", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(users, HttpStatusCode.Forbidden, "password-change-required");
        await ProblemAssert.IsProblemAsync(descriptors, HttpStatusCode.Forbidden, "password-change-required");
    }

    [Fact]
    public async Task OneTimePassword_ChangedThroughManageInfo_AdminSignsInWithTheNewOneAndIsServed()
    {
        using var console = new StringWriter();
        await using var factory = NewHost(console);
        var oneTime = PrintedPassword(console);
        using var first = await factory.LoginAsync(KestrelHostFactory.AdminEmail, oneTime);
        const string chosen = "My-Own-Admin-Password-7!";

        using var change = await first.PostAsJsonAsync(new Uri("/api/auth/manage/info", UriKind.Relative), new { oldPassword = oneTime, newPassword = chosen });
        using var admin = await factory.LoginAsync(KestrelHostFactory.AdminEmail, chosen);
        using var users = await admin.GetAsync(new Uri("/api/users", UriKind.Relative));
        using var anonymous = factory.CreateServerClient();
        using var oldPassword = await anonymous.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { email = KestrelHostFactory.AdminEmail, password = oneTime });

        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
    }

    [Fact]
    public async Task FirstStart_ConfiguredPassword_PrintsNothingAndNeedsNoChange()
    {
        using var console = new StringWriter();
        await using var factory = new KestrelHostFactory { TestServices = s => s.AddSingleton(new SecretConsole(console)) };

        using var admin = await factory.CreateAdminClientAsync();
        var me = await admin.FetchJsonAsync("/api/auth/me");

        Assert.Equal("", console.ToString());
        Assert.False(me.GetProperty("mustChangePassword").GetBoolean());
    }

    /// <summary>A host with no configured admin password, printing its secrets to <paramref name="console"/>; started, so the admin exists.</summary>
    private static KestrelHostFactory NewHost(StringWriter console, string logFilePath = "")
    {
        var factory = new KestrelHostFactory
        {
            LogFilePath = logFilePath,
            Settings = { ["Bootstrap:AdminPassword"] = "" },
            TestServices = s => s.AddSingleton(new SecretConsole(console)),
        };
        factory.StartServer();
        return factory;
    }

    private static string PrintedPassword(StringWriter console)
    {
        var match = OneTimePassword().Match(console.ToString());
        Assert.True(match.Success, $"No one-time password printed: {console}");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"one-time password\s+(\S+)")]
    private static partial Regex OneTimePassword();
}
