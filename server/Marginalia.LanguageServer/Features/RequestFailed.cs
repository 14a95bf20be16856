using Marginalia.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Marginalia.LanguageServer.Features;

/// <summary>A request the server understood and refuses, with a message the editor shows as it is.</summary>
public static class RequestFailed
{
    public static LocalRpcException Because(string message) => new(message) { ErrorCode = ErrorCodes.RequestFailed };
}
