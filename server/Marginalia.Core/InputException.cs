namespace Marginalia.Core;

/// <summary>
/// Bad input a user can fix: a missing or binary file, invalid UTF-8, a broken knowledge file.
/// Carries the file and, when known, the 1-based line, so every front end prints it the same way.
/// </summary>
public sealed class InputException(string path, int? line, string problem) : Exception(Format(path, line, problem))
{
    public string Path { get; } = path;
    public int? Line { get; } = line;
    public string Problem { get; } = problem;

    private static string Format(string path, int? line, string problem) =>
        line is { } l ? $"{path}:{l}: {problem}" : $"{path}: {problem}";
}
