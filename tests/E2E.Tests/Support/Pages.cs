using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace IncidentWorkflows.E2E.Tests.Support;

/// <summary>What every browser test does: open a page of its own on the host, sign in through the form, read the API.</summary>
public static class Pages
{
    /// <summary>A fresh browser context (no cookies shared between tests) with the page's errors recorded.</summary>
    public static async Task<IPage> OpenAsync(BrowserFixture browser, Uri baseAddress, ViewportSize viewport, float timeoutMs = 10000)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString().TrimEnd('/'),
            ViewportSize = viewport,
        });
        context.SetDefaultTimeout(timeoutMs);
        var page = await context.NewPageAsync();
        PageErrors.Watch(page);
        return page;
    }

    /// <summary>Signs in through the sign-in form with the password every test user gets.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DesignerHost.UserPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).WaitForAsync();
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
