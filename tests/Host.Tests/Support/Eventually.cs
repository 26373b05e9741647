namespace IncidentWorkflows.Host.Tests.Support;

/// <summary>
/// Waits for a condition the host reaches on its own threads (the outbox worker, Quartz firing on the fake clock).
/// Correctness rests on the condition, never on the pause between polls; the timeout is generous for slow machines.
/// </summary>
public static class Eventually
{
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Timed out waiting until {what}.");
            await Task.Delay(25);
        }
    }

    /// <summary>The same for a condition that needs no awaiting (a read of the child host's database file).</summary>
    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        UntilAsync(() => Task.FromResult(condition()), what, timeout);
}
