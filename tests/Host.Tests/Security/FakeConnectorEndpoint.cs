using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace IncidentWorkflows.Host.Tests.Security;

/// <summary>
/// A containment system on a real loopback port: records every call with its headers, checks the HMAC signature the way a
/// receiver should, and answers 200 (or what a test asks for). Calls are kept in arrival order.
/// </summary>
public sealed class FakeConnectorEndpoint : IAsyncDisposable
{
    public const string Secret = "test-connector-secret";

    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<ReceivedCall> _calls = new();
    private readonly Task _loop;

    public FakeConnectorEndpoint(int? port = null)
    {
        Port = port ?? FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}/containment";
    public IReadOnlyList<ReceivedCall> Calls => [.. _calls];

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public IReadOnlyList<ReceivedCall> CallsFor(string ticket) => Calls.Where(c => c.Ticket == ticket).ToList();

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
            var body = await reader.ReadToEndAsync();
            var timestamp = context.Request.Headers["X-IncidentWorkflows-Timestamp"] ?? "";
            var signature = context.Request.Headers["X-IncidentWorkflows-Signature"] ?? "";
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
            var json = JsonDocument.Parse(body).RootElement;
            _calls.Enqueue(new ReceivedCall(
                context.Request.Headers["Idempotency-Key"] ?? "", signature == expected, json.GetProperty("action").GetString()!,
                json.GetProperty("target").GetString()!, json.GetProperty("ticket").GetString()!, json.GetProperty("tlp").GetString()!,
                context.Request.Headers["X-TLP"] ?? ""));
            context.Response.StatusCode = 200;
            await context.Response.OutputStream.WriteAsync("{\"status\":\"done\"}"u8.ToArray());
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

public sealed record ReceivedCall(string IdempotencyKey, bool SignatureValid, string Action, string Target, string Ticket, string Tlp, string TlpHeader);
