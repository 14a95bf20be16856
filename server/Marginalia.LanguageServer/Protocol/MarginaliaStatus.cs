namespace Marginalia.LanguageServer.Protocol;

/// <summary>
/// Params of the <c>marginalia/status</c> notification (not LSP): what the server is doing,
/// which papers it knows and how many notes it has read. <see cref="State"/> is one of <see cref="StatusState"/>.
/// </summary>
public sealed record MarginaliaStatus(string State, string[] Papers, int Notes, string? Message = null);

public static class StatusState
{
    public const string Starting = "starting";
    public const string Ready = "ready";
    public const string Indexing = "indexing";
    public const string Error = "error";
}
