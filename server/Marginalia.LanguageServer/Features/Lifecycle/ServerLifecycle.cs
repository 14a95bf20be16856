namespace Marginalia.LanguageServer.Features.Lifecycle;

public enum LifecycleState
{
    /// <summary>Only <c>initialize</c> and <c>exit</c> are accepted.</summary>
    WaitingForInitialize,
    Running,
    /// <summary>After <c>shutdown</c>: only <c>exit</c> is accepted.</summary>
    ShutDown,
}

/// <summary>Where the server is between <c>initialize</c> and <c>exit</c>, and the exit code it will end with.</summary>
public sealed class ServerLifecycle
{
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile LifecycleState _state = LifecycleState.WaitingForInitialize;

    public LifecycleState State => _state;

    /// <summary>Completes with 0 when <c>exit</c> follows <c>shutdown</c>, 1 when it comes without.</summary>
    public Task<int> Exited => _exited.Task;

    public void Initialized() => _state = LifecycleState.Running;
    public void ShutDown() => _state = LifecycleState.ShutDown;
    public void Exit() => _exited.TrySetResult(_state == LifecycleState.ShutDown ? 0 : 1);
}
