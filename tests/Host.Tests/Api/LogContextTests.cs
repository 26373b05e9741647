using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;

namespace IncidentWorkflows.Host.Tests.Api;

public sealed class LogContextTests
{
    [Fact]
    public async Task Execute_WriteLineWorkflow_LogEventCarriesInstanceAndCorrelationId()
    {
        using var temp = new TempDirectory();
        var factory = new KestrelHostFactory { LogFilePath = Path.Combine(temp.Path, "host-.clef") };
        var correlationId = Guid.NewGuid().ToString("N");
        string instanceId;
        using (var client = await factory.CreateAdminClientAsync())
        {
            await client.ImportAsync(TestWorkflows.WriteLine("logged", "hello from the workflow"));
            instanceId = (await client.ExecuteAsync("logged", new { correlationId })).GetProperty("id").GetString()!;
        }

        // Disposing the host flushes and closes the log file.
        await factory.DisposeAsync();

        var file = Assert.Single(Directory.GetFiles(temp.Path, "host-*.clef"));
        var events = (await File.ReadAllLinesAsync(file)).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var line = Assert.Single(events, e => e.TryGetProperty("Text", out var text) && text.GetString() == "hello from the workflow");
        Assert.Equal(instanceId, line.GetProperty("InstanceId").GetString());
        Assert.Equal(correlationId, line.GetProperty("CorrelationId").GetString());
    }
}
