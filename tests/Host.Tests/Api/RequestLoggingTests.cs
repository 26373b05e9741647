using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;

namespace IncidentWorkflows.Host.Tests.Api;

public sealed class RequestLoggingTests
{
    [Fact]
    public async Task RequestLogging_HealthRequest_WritesCompactJsonEventToRollingFile()
    {
        using var temp = new TempDirectory();
        var factory = new KestrelHostFactory { LogFilePath = Path.Combine(temp.Path, "host-.clef") };
        using (var client = factory.CreateServerClient())
            await client.GetStringAsync(new Uri("/health/live", UriKind.Relative));

        // Disposing the host finishes in-flight requests and flushes and closes the log file.
        await factory.DisposeAsync();

        var file = Assert.Single(Directory.GetFiles(temp.Path, "host-*.clef"));
        var events = (await File.ReadAllLinesAsync(file)).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Contains(events, e => e.TryGetProperty("RequestPath", out var path) && path.GetString() == "/health/live"
            && e.GetProperty("StatusCode").GetInt32() == 200);
    }
}
