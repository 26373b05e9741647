using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
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

    /// <summary>The rolling log file (Serilog inserts the date); empty, the default, writes no file.</summary>
    public string LogFilePath { get; init; } = "";

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
    }
}
