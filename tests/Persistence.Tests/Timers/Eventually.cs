namespace IncidentWorkflows.Persistence.Tests.Timers;

/// <summary>
/// Waits for a condition the system under test reaches on its own clock (Quartz firing real timers). Correctness
/// rests on the condition, never on the pause between polls; the timeout is generous so slow machines pass.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Timed out waiting until {what}.");
            await Task.Delay(50);
        }
    }
}
