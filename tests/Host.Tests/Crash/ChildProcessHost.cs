using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;

namespace IncidentWorkflows.Host.Tests.Crash;

/// <summary>
/// The real host as a separate process (the build's IncidentWorkflows.Host.dll), on its own port and database
/// folder, so a test can kill it with SIGKILL at any moment and start it again on the same data.
/// </summary>
public sealed class ChildProcessHost : IAsyncDisposable
{
    private readonly string _dataFolder;
    private readonly string _workflowsFolder;
    private Process? _process;

    public ChildProcessHost(string dataFolder, string workflowsFolder)
    {
        _dataFolder = dataFolder;
        _workflowsFolder = workflowsFolder;
        Port = FreePort();
    }

    /// <summary>The SQLite file in the data folder (see <see cref="CrashDatabase"/>).</summary>
    public const string DatabaseFile = "crash.db";

    public int Port { get; }

    /// <summary>Extra environment for the host process (configuration such as <c>Security__Connectors__Webhook__Url</c>).</summary>
    public IDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public static string HostDll
    {
        get
        {
            // The tests run from tests/Host.Tests/bin/<Configuration>/net10.0; the host was built with the same configuration.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            return Path.Combine(RepositoryPaths.Root, "src", "Host", "bin", configuration, "net10.0", "IncidentWorkflows.Host.dll");
        }
    }

    public async Task StartAsync(TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet", [HostDll, "--urls", BaseAddress.ToString(), "--contentRoot", _dataFolder])
        {
            WorkingDirectory = _dataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Persistence__ConnectionString"] = $"Data Source={Path.Combine(_dataFolder, DatabaseFile)};Default Timeout=30";
        start.Environment["Bootstrap__AdminEmail"] = KestrelHostFactory.AdminEmail;
        start.Environment["Bootstrap__AdminPassword"] = KestrelHostFactory.AdminPassword;
        start.Environment["Workflows__Folder"] = _workflowsFolder;
        start.Environment["HostLogging__FilePath"] = Path.Combine(_dataFolder, "logs", "host-.clef");
        foreach (var (key, value) in Environment)
            start.Environment[key] = value;
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host process.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilAsync("/health/live", timeout);
    }

    /// <summary>Waits until the path answers 200 (health endpoints), polling; fails after the timeout.</summary>
    public async Task WaitUntilAsync(string path, TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} while starting.");
            try
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer in time: ask again until the deadline.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{path} did not answer 200 within {timeout}.");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, exactly like a crash.</summary>
    /// <summary>A client signed in as the test administrator (the host's bootstrap account).</summary>
    public async Task<HttpClient> LoginAsAdminAsync()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        using var login = await client.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { email = KestrelHostFactory.AdminEmail, password = KestrelHostFactory.AdminPassword });
        login.EnsureSuccessStatusCode();
        var token = await login.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited)
            return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
