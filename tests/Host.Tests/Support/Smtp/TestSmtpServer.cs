using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace IncidentWorkflows.Host.Tests.Support.Smtp;

/// <summary>
/// A real SMTP server on a loopback port for tests: EHLO/HELO, AUTH PLAIN, MAIL FROM, RCPT TO, DATA (dot-stuffing),
/// RSET, NOOP, QUIT. It records what it accepts and can be told to answer a stage with a 4xx/5xx reply.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<ReceivedMail> _arrivals = Channel.CreateUnbounded<ReceivedMail>();
    private readonly List<ReceivedMail> _received = [];
    private readonly List<Task> _sessions = [];
    private readonly Lock _gate = new();
    private readonly Task _accepting;
    private (SmtpStage Stage, string Reply, int Times)? _failure;
    private int _connections;

    public TestSmtpServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string HostName => "127.0.0.1";

    /// <summary>When set, AUTH PLAIN succeeds only with this password.</summary>
    public string? RequiredPassword { get; init; }

    public int Connections => Volatile.Read(ref _connections);

    public IReadOnlyList<ReceivedMail> Received
    {
        get
        {
            lock (_gate)
                return [.. _received];
        }
    }

    /// <summary>Answers <paramref name="stage"/> with <paramref name="reply"/> (e.g. "451 4.3.0 Try later") the next <paramref name="times"/> times.</summary>
    public void FailAt(SmtpStage stage, string reply, int times = int.MaxValue)
    {
        lock (_gate)
            _failure = (stage, reply, times);
    }

    public void Recover()
    {
        lock (_gate)
            _failure = null;
    }

    /// <summary>The next accepted message; fails the test after <paramref name="timeout"/> instead of hanging it.</summary>
    public async Task<ReceivedMail> NextAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            return await _arrivals.Reader.ReadAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The test SMTP server received no message within {timeout}.");
        }
    }

    internal string? TakeFailure(SmtpStage stage)
    {
        lock (_gate)
        {
            if (_failure is not { } failure || failure.Stage != stage || failure.Times <= 0)
                return null;
            _failure = failure with { Times = failure.Times - 1 };
            return failure.Reply;
        }
    }

    internal void Accept(ReceivedMail mail)
    {
        lock (_gate)
            _received.Add(mail);
        _arrivals.Writer.TryWrite(mail);
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            lock (_gate)
                _sessions.Add(new SmtpSession(this, client).RunAsync(_stop.Token));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        Task[] sessions;
        lock (_gate)
            sessions = [.. _sessions];
        await Task.WhenAll(sessions);
        _stop.Dispose();
    }
}
