using System.Text.Json;

namespace IncidentWorkflows.LoadGen;

/// <summary>One arrival: start an instance of the benchmark workflow, then resume the bookmark it waits on; it must finish.</summary>
internal sealed class Arrival(HttpClient client, string definitionId) : IArrival
{
    public ArrivalLabels Labels { get; } = ArrivalLabels.Instances;

    private readonly Uri _execute = new($"/api/workflow-definitions/{Uri.EscapeDataString(definitionId)}/execute", UriKind.Relative);

    /// <summary>Null when the instance finished; otherwise what went wrong, short enough to count by kind.</summary>
    public async Task<string?> RunAsync()
    {
        try
        {
            string bookmarkId;
            using (var started = await client.PostAsync(_execute, null))
            {
                if (!started.IsSuccessStatusCode)
                    return $"execute {(int)started.StatusCode}";
                using var body = JsonDocument.Parse(await started.Content.ReadAsStreamAsync());
                var bookmarks = body.RootElement.GetProperty("bookmarks");
                if (bookmarks.GetArrayLength() != 1)
                    return "execute: not exactly one bookmark";
                bookmarkId = bookmarks[0].GetProperty("id").GetString()!;
            }

            using var resumed = await client.PostAsync(new Uri($"/api/bookmarks/{bookmarkId}/resume", UriKind.Relative), null);
            if (!resumed.IsSuccessStatusCode)
                return $"resume {(int)resumed.StatusCode}";
            using var result = JsonDocument.Parse(await resumed.Content.ReadAsStreamAsync());
            return result.RootElement.GetProperty("status").GetString() == "Finished" ? null : "resume: not finished";
        }
        catch (HttpRequestException e)
        {
            return "http: " + (e.HttpRequestError.ToString());
        }
        catch (TaskCanceledException)
        {
            return "timeout";
        }
    }
}
