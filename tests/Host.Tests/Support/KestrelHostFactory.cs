using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentWorkflows.Host.Tests.Support;

/// <summary>
/// The real host on real Kestrel (a free loopback port), in the Production environment, so the tests see what
/// a deployment serves. Log files go to the given folder, or nowhere.
/// </summary>
public sealed class KestrelHostFactory : WebApplicationFactory<Program>
{
    // xunit class fixtures need a single public constructor, so the log path is an init property.
    // Not UseKestrel(0): that rewrites the server addresses after the host is built, racing the program's own
    // RunAsync, which may already have started Kestrel ("Addresses cannot be modified after the server has
    // started"). A port-0 URL in the host settings is applied before the program runs.
    public KestrelHostFactory() => UseKestrel();

    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "Test-Admin-Password-1!";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "iw-host-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The host's own SQLite file (WAL mode: recent writes may still be in <c>-wal</c> beside it).</summary>
    public string DatabasePath => Path.Combine(_dataFolder, "test.db");

    /// <summary>The folder imported at start; none by default.</summary>
    public string? WorkflowsFolder { get; init; }

    /// <summary>The rolling log file (Serilog inserts the date); empty, the default, writes no file.</summary>
    public string LogFilePath { get; init; } = "";

    /// <summary>Host settings applied after the defaults above, so a test can override them (e.g. an empty Bootstrap:AdminPassword).</summary>
    public IDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Service replacements applied after the program's own registrations.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>A plain HttpClient over TCP to the started server (not the in-memory test handler).</summary>
    public HttpClient CreateServerClient(bool followRedirects = true)
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var handler = new HttpClientHandler { AllowAutoRedirect = followRedirects };
        return new HttpClient(handler) { BaseAddress = new Uri(addresses.First()) };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
        builder.UseSetting("HostLogging:FilePath", LogFilePath);

        // A database of its own for every host, and a known first administrator to sign in with.
        Directory.CreateDirectory(_dataFolder);
        builder.UseSetting("Persistence:ConnectionString", $"Data Source={DatabasePath};Default Timeout=30");
        builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Workflows:ImportAtStart", WorkflowsFolder is null ? "false" : "true");
        builder.UseSetting("Workflows:Folder", WorkflowsFolder ?? "");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        if (TestServices is not null)
            builder.ConfigureTestServices(TestServices);
    }
}
