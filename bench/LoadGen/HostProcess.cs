using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace IncidentWorkflows.LoadGen;

/// <summary>
/// The host under test as a child process, as an operator would run it: the built dll, Production environment, the
/// product's own appsettings.json, a fresh temp folder for the database, logs and the workflows/ import (bench-flow.json
/// only), the first admin from configuration, on a free loopback port. Its console output goes to a file, as under a
/// service manager. Killed when disposed.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;
    private readonly bool _keep;

    private HostProcess(Process process, string folder, Uri url, string adminEmail, string adminPassword, bool keep)
    {
        _process = process;
        _folder = folder;
        Url = url;
        AdminEmail = adminEmail;
        AdminPassword = adminPassword;
        _keep = keep;
    }

    public Uri Url { get; }
    public string AdminEmail { get; }
    public string AdminPassword { get; }
    public int Pid => _process.Id;
    public string DatabaseFile => Path.Combine(_folder, "App_Data", "incidentworkflows.db");
    public string OutputFile => Path.Combine(_folder, "host.out");

    public static async Task<HostProcess> StartAsync(string dll, string benchFlow, bool keep, IEnumerable<KeyValuePair<string, string>> environment, TextWriter log)
    {
        if (!File.Exists(dll))
            throw new FileNotFoundException($"{dll} not found: build the host first (dotnet build -c Release src/Host) or pass --host-dll.");
        var folder = Path.Combine(Path.GetTempPath(), "iw-loadgen", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "workflows"));
        Directory.CreateDirectory(Path.Combine(folder, "App_Data"));
        File.Copy(benchFlow, Path.Combine(folder, "workflows", "bench-flow.json"));

        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var password = "Lg-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)) + "!a";
        const string email = "loadgen@localhost";
        // exec: the shell becomes the host, so the pid we hold is the host's (for its CPU time and for the kill).
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = Path.GetDirectoryName(dll)!, UseShellExecute = false };
        foreach (var argument in (string[])["-c", "exec dotnet \"$0\" >\"$1\" 2>&1", dll, Path.Combine(folder, "host.out")])
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = url.ToString();
        start.Environment["Bootstrap__AdminEmail"] = email;
        start.Environment["Bootstrap__AdminPassword"] = password;
        start.Environment["Workflows__Folder"] = Path.Combine(folder, "workflows");
        start.Environment["Persistence__ConnectionString"] = $"Data Source={Path.Combine(folder, "App_Data", "incidentworkflows.db")};Default Timeout=30";
        start.Environment["HostLogging__FilePath"] = Path.Combine(folder, "logs", "host-.clef");
        foreach (var (name, value) in environment)
            start.Environment[name] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        var host = new HostProcess(process, folder, url, email, password, keep);
        log.WriteLine($"host: pid {process.Id}, {url}, folder {folder}");
        try
        {
            await host.WaitUntilLiveAsync(TimeSpan.FromMinutes(2));
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>The database file and its write-ahead log, in bytes.</summary>
    public long DatabaseBytes()
    {
        long Size(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
        return Size(DatabaseFile) + Size(DatabaseFile + "-wal");
    }

    private async Task WaitUntilLiveAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode}:{Environment.NewLine}{Tail()}");
            try
            {
                if ((await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The host did not answer /health/live within {timeout.TotalSeconds} s:{Environment.NewLine}{Tail()}");
    }

    private string Tail() => File.Exists(OutputFile) ? string.Join(Environment.NewLine, File.ReadLines(OutputFile).TakeLast(30)) : "(no output)";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (!_keep)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean.
            }
        }
    }
}
