using System.Text.Json;

namespace Marginalia.LanguageServer.Protocol;

public sealed record WorkspaceSymbolParams(string Query);

/// <summary><c>location</c> is always a full Location here.</summary>
public sealed record WorkspaceSymbol(string Name, SymbolKind Kind, Location Location, string? ContainerName = null);

public enum SymbolKind
{
    File = 1, Module = 2, Namespace = 3, Package = 4, Class = 5, Method = 6, Property = 7, Field = 8,
    Constructor = 9, Enum = 10, Interface = 11, Function = 12, Variable = 13, Constant = 14, String = 15,
    Number = 16, Boolean = 17, Array = 18, Object = 19, Key = 20, Null = 21, EnumMember = 22, Struct = 23,
    Event = 24, Operator = 25, TypeParameter = 26,
}

public sealed record ConfigurationParams(ConfigurationItem[] Items);

public sealed record ConfigurationItem(string? ScopeUri = null, string? Section = null);

public sealed record DidChangeConfigurationParams(JsonElement? Settings = null);

public sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

public sealed record FileEvent(string Uri, FileChangeType Type);

public enum FileChangeType
{
    Created = 1,
    Changed = 2,
    Deleted = 3,
}

public sealed record RegistrationParams(Registration[] Registrations);

public sealed record Registration(string Id, string Method, object? RegisterOptions = null);

public sealed record DidChangeWatchedFilesRegistrationOptions(FileSystemWatcher[] Watchers);

/// <summary><c>globPattern</c> is a plain pattern string here.</summary>
public sealed record FileSystemWatcher(string GlobPattern, WatchKind? Kind = null);

[Flags]
public enum WatchKind
{
    Create = 1,
    Change = 2,
    Delete = 4,
}
