using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using IncidentWorkflows.Designer.Bench;
using Microsoft.Playwright;

// Opens a generated large workflow in the designer in headless Chromium and measures how long it takes to show every
// activity, and how smooth panning and zooming are (frame intervals seen by requestAnimationFrame). Not a test: it
// prints figures. Usage: dotnet run -c Release --project bench/Designer.Bench [-- --activities 300 --chromium /usr/bin/chromium]
var count = IntOption("--activities", 300);
var chromium = Option("--chromium") ?? "/usr/bin/chromium";
var root = FindRoot();
var hostDll = Option("--host-dll") ?? Path.Combine(root, "src", "Host", "bin", "Debug", "net10.0", "IncidentWorkflows.Host.dll");
if (!File.Exists(hostDll))
{
    Console.Error.WriteLine($"{hostDll} not found: build the host first (dotnet build src/Host) or pass --host-dll.");
    return 2;
}

var folder = Path.Combine(Path.GetTempPath(), "iw-designer-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
var url = $"http://127.0.0.1:{FreePort()}";
const string email = "bench@localhost";
const string password = "Designer-Bench-Password-1!";
var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
foreach (var argument in (string[])[hostDll, $"--contentRoot={Path.Combine(root, "src", "Host")}"])
    start.ArgumentList.Add(argument);
start.Environment["ASPNETCORE_URLS"] = url;
start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
start.Environment["Bootstrap__AdminEmail"] = email;
start.Environment["Bootstrap__AdminPassword"] = password;
start.Environment["Persistence__ConnectionString"] = $"Data Source={Path.Combine(folder, "bench.db")}";
start.Environment["HostLogging__FilePath"] = "";
start.Environment["Workflows__ImportAtStart"] = "false";
using var host = Process.Start(start)!;
host.OutputDataReceived += (_, _) => { };
host.ErrorDataReceived += (_, _) => { };
host.BeginOutputReadLine();
host.BeginErrorReadLine();
try
{
    using var http = new HttpClient { BaseAddress = new Uri(url) };
    await WaitReadyAsync(http);
    using (var login = await http.PostAsJsonAsync("/api/auth/login", new { email, password }))
    {
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    var definitionId = $"large-{count}";
    using (var created = await http.PostAsJsonAsync("/api/workflow-definitions", LargeWorkflow.Create(definitionId, count)))
        created.EnsureSuccessStatusCode();

    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = chromium,
        Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = url, ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } })).NewPageAsync();
    await page.GotoAsync("/");
    await page.GetByLabel("E-mail").FillAsync(email);
    await page.GetByLabel("Password").FillAsync(password);
    await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).WaitForAsync();

    var results = new List<(string, double)>();
    for (var run = 0; run < 3; run++)
    {
        // Opening: from navigation to every activity drawn (zoomed to fit, all are visible).
        await page.GotoAsync("/designer");
        var clock = Stopwatch.StartNew();
        await page.GotoAsync($"/designer/{definitionId}");
        await page.WaitForFunctionAsync($"document.querySelectorAll('.activity-node').length >= {count}", null, new() { Timeout = 60000, PollingInterval = 10 });
        results.Add(($"open (run {run + 1})", clock.Elapsed.TotalMilliseconds));
    }

    // Panning: drag the pane for about two seconds while counting animation frames.
    var pane = await page.Locator(".react-flow__pane").BoundingBoxAsync() ?? throw new InvalidOperationException("no pane");
    await page.EvaluateAsync("() => { window.__frames = []; const tick = t => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(tick); }; window.__stop = false; requestAnimationFrame(tick); }");
    var x = pane.X + pane.Width / 2;
    var y = pane.Y + pane.Height / 2;
    var pan = Stopwatch.StartNew();
    for (var sweep = 0; sweep < 4; sweep++)
    {
        await page.Mouse.MoveAsync((float)x, (float)y);
        await page.Mouse.DownAsync();
        var dx = sweep % 2 == 0 ? -600 : 600;
        await page.Mouse.MoveAsync((float)(x + dx), (float)(y + dx / 3.0), new MouseMoveOptions { Steps = 60 });
        await page.Mouse.UpAsync();
    }

    for (var wheel = 0; wheel < 20; wheel++)
        await page.Mouse.WheelAsync(0, wheel < 10 ? 120 : -120);
    var panMs = pan.Elapsed.TotalMilliseconds;
    var frames = await page.EvaluateAsync<double[]>("() => { window.__stop = true; return window.__frames; }");
    var intervals = frames.Zip(frames.Skip(1), (a, b) => b - a).Order().ToArray();
    double Percentile(double p) => intervals.Length == 0 ? double.NaN : intervals[Math.Min(intervals.Length - 1, (int)Math.Ceiling(p * intervals.Length) - 1)];

    Console.WriteLine($"Designer bench: {count} activities, {LargeWorkflow.Create("x", count)["root"]!["connections"]!.AsArray().Count} connections, Chromium headless (software rendering), viewport 1600x1000");
    foreach (var (name, ms) in results)
        Console.WriteLine($"  {name,-16} {ms,8:F0} ms");
    Console.WriteLine($"  pan + zoom       {panMs,8:F0} ms, {frames.Length} frames: {frames.Length / (panMs / 1000):F0} fps, frame interval median {Percentile(0.5):F1} ms, p95 {Percentile(0.95):F1} ms, max {intervals.LastOrDefault():F1} ms");
    return 0;
}
finally
{
    host.Kill(entireProcessTree: true);
    await host.WaitForExitAsync();
    try
    {
        Directory.Delete(folder, recursive: true);
    }
    catch (IOException)
    {
    }
}

static async Task WaitReadyAsync(HttpClient http)
{
    for (var i = 0; i < 300; i++)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            if (response.IsSuccessStatusCode)
                return;
        }
        catch (HttpRequestException)
        {
        }

        await Task.Delay(100);
    }

    throw new TimeoutException("The host did not become ready in 30 s.");
}

static int FreePort()
{
    using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
    listener.Start();
    return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
}

static string FindRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IncidentWorkflows.sln")))
        directory = directory.Parent;
    return directory?.FullName ?? Directory.GetCurrentDirectory();
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

int IntOption(string name, int fallback) =>
    Option(name) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
