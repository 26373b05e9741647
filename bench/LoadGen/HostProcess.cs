using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace IncidentWorkflows.LoadGen;

/// <summary>
/// Starts the real host (Release build) on a free loopback port with a fresh SQLite database and the benchmark
/// workflow in its workflows folder, and reads its CPU time from /proc so CPU per instance can be reported.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    public const string AdminEmail = "bench@localhost";
    public const string AdminPassword = "Bench-Admin-Password-1!";

    private readonly Process _process;
    private readonly string _folder;

    private HostProcess(Process process, string folder, Uri url)
    {
        _process = process;
        _folder = folder;
        Url = url;
    }

    public Uri Url { get; }
    public int ProcessId => _process.Id;

    public static async Task<HostProcess> StartAsync(string hostDll, string benchFlow)
    {
        if (!File.Exists(hostDll))
            throw new FileNotFoundException($"Build the host first: dotnet build -c Release src/Host ({hostDll} is missing).");
        var folder = Path.Combine(Path.GetTempPath(), "iw-loadgen", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "workflows"));
        File.Copy(benchFlow, Path.Combine(folder, "workflows", "bench-flow.json"));
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [hostDll, "--urls", url.ToString(), "--contentRoot", folder])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Bootstrap__AdminEmail"] = AdminEmail;
        start.Environment["Bootstrap__AdminPassword"] = AdminPassword;
        start.Environment["Workflows__Folder"] = Path.Combine(folder, "workflows");
        start.Environment["HostLogging__FilePath"] = "";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, folder, url);
        await host.WaitForReadyAsync();
        return host;
    }

    /// <summary>CPU time (user + system) the host has used so far, from /proc/PID/stat.</summary>
    public TimeSpan CpuTime()
    {
        var fields = File.ReadAllText($"/proc/{_process.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is left for the OS.
        }
    }

    private async Task WaitForReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(30) };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode}.");
            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The host did not become ready within a minute.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
