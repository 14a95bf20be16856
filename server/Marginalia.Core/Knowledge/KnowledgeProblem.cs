namespace Marginalia.Core.Knowledge;

/// <summary>Something wrong in a knowledge file, with the file and 1-based line to fix it at.</summary>
public sealed record KnowledgeProblem(string Path, int Line, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {Message}";
}
