using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Tasks;

/// <summary><c>GET /api/tasks/stream</c>: the inbox's live updates, until the browser leaves or the host stops.</summary>
internal static class TaskStream
{
    public static ServerSentEventsResult<string> Handle(TaskChangeFeed feed, IHostApplicationLifetime lifetime, HttpContext http) =>
        TypedResults.ServerSentEvents(EventsAsync(feed, lifetime.ApplicationStopping, http.RequestAborted));

    private static async IAsyncEnumerable<SseItem<string>> EventsAsync(
        TaskChangeFeed feed, CancellationToken stopping, CancellationToken aborted, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, aborted, cancellationToken);
        var stamps = feed.ListenAsync(linked.Token).ConfigureAwait(false).WithCancellation(linked.Token);
        await using var enumerator = stamps.GetAsyncEnumerator();
        while (true)
        {
            try
            {
                if (!await enumerator.MoveNextAsync())
                    yield break;
            }
            catch (OperationCanceledException)
            {
                yield break;
            }

            yield return new SseItem<string>(enumerator.Current.ToString(CultureInfo.InvariantCulture), "tasks") { ReconnectionInterval = TimeSpan.FromSeconds(3) };
        }
    }
}
