using System.Net.Sockets;
using System.Text;

namespace IncidentWorkflows.Host.Tests.Support.Smtp;

/// <summary>One client connection of <see cref="TestSmtpServer"/>, command by command as RFC 5321 orders them.</summary>
internal sealed class SmtpSession(TestSmtpServer server, TcpClient client)
{
    private const string Domain = "smtp.test.local";
    private string? _user;
    private string? _from;
    private readonly List<string> _recipients = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var _ = client;
        try
        {
            await using var stream = client.GetStream();
            // Latin-1 maps every byte to one char and back, so message data reaches the recorder unchanged.
            using var reader = new StreamReader(stream, Encoding.Latin1);
            await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
            await ConverseAsync(reader, writer, cancellationToken);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The client went away or the server stops: the session simply ends.
        }
    }

    private async Task ConverseAsync(StreamReader reader, StreamWriter writer, CancellationToken cancellationToken)
    {
        if (server.TakeFailure(SmtpStage.Greeting) is { } refusal)
        {
            await writer.WriteLineAsync(refusal);
            return;
        }

        await writer.WriteLineAsync($"220 {Domain} ESMTP test server");
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var verb = (space < 0 ? line : line[..space]).ToUpperInvariant();
            var argument = space < 0 ? "" : line[(space + 1)..];
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync($"250-{Domain} greets {argument}");
                    await writer.WriteLineAsync("250-AUTH PLAIN");
                    await writer.WriteLineAsync("250 HELP");
                    break;
                case "HELO":
                    await writer.WriteLineAsync($"250 {Domain}");
                    break;
                case "AUTH":
                    await writer.WriteLineAsync(await AuthenticateAsync(argument, reader, writer, cancellationToken));
                    break;
                case "MAIL":
                    _from = Address(argument);
                    _recipients.Clear();
                    await writer.WriteLineAsync(server.TakeFailure(SmtpStage.MailFrom) ?? "250 2.1.0 Sender OK");
                    break;
                case "RCPT":
                    var refused = server.TakeFailure(SmtpStage.RcptTo);
                    if (refused is null)
                        _recipients.Add(Address(argument));
                    await writer.WriteLineAsync(refused ?? "250 2.1.5 Recipient OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync(await ReceiveDataAsync(reader, writer, cancellationToken));
                    break;
                case "RSET":
                    _from = null;
                    _recipients.Clear();
                    await writer.WriteLineAsync("250 2.0.0 OK");
                    break;
                case "NOOP":
                    await writer.WriteLineAsync("250 2.0.0 OK");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 5.5.2 Command not implemented");
                    break;
            }
        }
    }

    private async Task<string> AuthenticateAsync(string argument, StreamReader reader, StreamWriter writer, CancellationToken cancellationToken)
    {
        var parts = argument.Split(' ', 2);
        if (!parts[0].Equals("PLAIN", StringComparison.OrdinalIgnoreCase))
            return "504 5.5.4 Mechanism not supported";
        var response = parts.Length > 1 ? parts[1] : null;
        if (response is null)
        {
            await writer.WriteLineAsync("334 ");
            response = await reader.ReadLineAsync(cancellationToken) ?? "";
        }

        // PLAIN: authorization identity, NUL, user, NUL, password.
        var fields = Encoding.UTF8.GetString(Convert.FromBase64String(response)).Split('\0');
        if (fields.Length != 3 || (server.RequiredPassword is { } password && fields[2] != password))
            return "535 5.7.8 Authentication credentials invalid";
        _user = fields[1];
        return "235 2.7.0 Authentication successful";
    }

    private async Task<string> ReceiveDataAsync(StreamReader reader, StreamWriter writer, CancellationToken cancellationToken)
    {
        if (_from is null || _recipients.Count == 0)
            return "503 5.5.1 MAIL FROM and RCPT TO first";
        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line && line != ".")
        {
            // Dot-stuffing (RFC 5321 §4.5.2): the client doubled every leading dot.
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }

        if (server.TakeFailure(SmtpStage.Data) is { } refusal)
            return refusal;
        server.Accept(new ReceivedMail(_user, _from, [.. _recipients], Encoding.Latin1.GetBytes(data.ToString())));
        _from = null;
        _recipients.Clear();
        return "250 2.0.0 OK queued";
    }

    private static string Address(string argument)
    {
        var open = argument.IndexOf('<', StringComparison.Ordinal);
        var close = argument.IndexOf('>', StringComparison.Ordinal);
        return open >= 0 && close > open ? argument[(open + 1)..close] : argument;
    }
}
