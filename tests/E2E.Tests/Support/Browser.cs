using Microsoft.Playwright;

namespace IncidentWorkflows.E2E.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (Playwright's own browser download does not work on these machines).
/// scripts/chromium.sh installs it and exports INCIDENTWORKFLOWS_TEST_CHROMIUM; /usr/bin/chromium otherwise.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("INCIDENTWORKFLOWS_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(executable))
            throw new InvalidOperationException($"No Chromium at {executable}: run the tests through scripts/test.sh (it installs Debian's chromium) or apt-get install chromium.");
        // Failure screenshots of an earlier run would look like this run's.
        if (Directory.Exists(Screenshots.Folder))
            foreach (var stale in Directory.EnumerateFiles(Screenshots.Folder, "failed-*"))
                File.Delete(stale);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true, Args = ChromiumArgs });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}

/// <summary>Screenshots under TestResults/screenshots (git-ignored) at the repository root.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(FindRoot(), "TestResults", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        return path;
    }

    /// <summary>Runs a browser test body; when it fails, the page's screenshot is saved next to the others before the failure propagates.</summary>
    public static async Task OnFailureAsync(IPage page, string testName, Func<Task> body)
    {
        try
        {
            await body();
        }
        catch
        {
            await SaveAsync(page, $"failed-{testName}");
            await File.WriteAllLinesAsync(Path.Combine(Folder, $"failed-{testName}.log"), PageErrors.Of(page));
            throw;
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IncidentWorkflows.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}

/// <summary>Errors the page logged (uncaught exceptions and console errors), saved beside a failing test's screenshot.</summary>
public static class PageErrors
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> Errors = [];

    public static void Watch(IPage page)
    {
        var list = Errors.GetOrCreateValue(page);
        page.PageError += (_, error) => list.Add($"page error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                list.Add($"console: {message.Text}");
        };
    }

    public static IReadOnlyList<string> Of(IPage page) => Errors.TryGetValue(page, out var list) ? list : [];
}
