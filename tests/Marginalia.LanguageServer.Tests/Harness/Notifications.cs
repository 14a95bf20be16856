namespace Marginalia.LanguageServer.Tests;

/// <summary>Notifications of one kind as they arrive, with a way to wait for one that matches.</summary>
public sealed class Notifications<T>
{
    private readonly List<T> _received = [];
    private readonly List<(Func<T, bool> Match, TaskCompletionSource<T> Found)> _waiting = [];

    public IReadOnlyList<T> All
    {
        get { lock (_received) return [.. _received]; }
    }

    internal void Add(T notification)
    {
        lock (_received)
        {
            _received.Add(notification);
            foreach (var waiter in _waiting.Where(w => w.Match(notification)).ToList())
            {
                _waiting.Remove(waiter);
                waiter.Found.TrySetResult(notification);
            }
        }
    }

    /// <summary>The first notification, received earlier or later, that matches; fails after the timeout.</summary>
    public async Task<T> WaitForAsync(Func<T, bool>? match = null, TimeSpan? timeout = null)
    {
        match ??= _ => true;
        var found = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_received)
        {
            foreach (var notification in _received)
                if (match(notification)) return notification;
            _waiting.Add((match, found));
        }
        try
        {
            return await found.Task.WaitAsync(timeout ?? LanguageServerHarness.DefaultTimeout);
        }
        catch (TimeoutException)
        {
            lock (_received) _waiting.RemoveAll(w => w.Found == found);
            throw new TimeoutException(
                $"No matching {typeof(T).Name} arrived. Received: [{string.Join(", ", All)}]");
        }
    }
}
