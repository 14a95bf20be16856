namespace Marginalia.Core.Knowledge;

/// <summary>Something wrong with a paper or a knowledge file, with the file and 1-based line to fix it at (when known).</summary>
public sealed record KnowledgeProblem(string Path, int? Line, string Message)
{
    public static KnowledgeProblem From(InputException e) => new(e.Path, e.Line, e.Problem);

    public override string ToString() => Line is { } line ? $"{Path}:{line}: {Message}" : $"{Path}: {Message}";
}
