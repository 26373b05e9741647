using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Security.Containment;

/// <summary>
/// Runs a local program for an action (<c>PATH ACTION TARGET</c>; <c>IW_TICKET</c>, <c>IW_ACTION_ID</c>,
/// <c>IW_IDEMPOTENCY_KEY</c> and <c>IW_TLP</c> in its environment). Off unless <c>Security:Connectors:Script:Enabled</c>:
/// an action naming it then fails visibly instead of running anything. Exit code 0 is success; its output is the detail.
/// </summary>
internal sealed class ScriptConnector(IOptionsMonitor<ConnectorOptions> options) : IContainmentConnector
{
    public string Name => "script";

    public async Task<ContainmentResult> ExecuteAsync(ContainmentRequest request, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue.Script;
        if (!settings.Enabled || string.IsNullOrWhiteSpace(settings.Path))
            return new ContainmentResult(false, "The script connector is turned off (Security:Connectors:Script:Enabled).");

        var start = new ProcessStartInfo(settings.Path, [request.Action, request.Target])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["IW_TICKET"] = request.Ticket;
        start.Environment["IW_ACTION_ID"] = request.ActionId;
        start.Environment["IW_IDEMPOTENCY_KEY"] = request.IdempotencyKey;
        start.Environment["IW_TLP"] = request.Tlp;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {settings.Path}.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var detail = $"exit {process.ExitCode}: {(await output).Trim()} {(await errors).Trim()}".Trim();
        return new ContainmentResult(process.ExitCode == 0, detail.Length <= 2000 ? detail : detail[..2000]);
    }
}
