using System.Net;
using System.Text;
using System.Text.Json;

namespace IncidentWorkflows.Host.Tests.Security;

/// <summary>An external enrichment service on a loopback port: 203.0.113.66 is a known command-and-control address, nothing else is known.</summary>
public sealed class FakeEnrichmentService : IAsyncDisposable
{
    public const string KnownBad = "203.0.113.66";

    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public FakeEnrichmentService()
    {
        Url = $"http://127.0.0.1:{FakeConnectorEndpoint.FreePort()}/lookup/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var value = JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement.GetProperty("value").GetString();
            var answer = value == KnownBad ? """{"verdict":"Malicious","detail":"known command-and-control"}""" : """{"verdict":"Unknown","detail":""}""";
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(answer));
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
