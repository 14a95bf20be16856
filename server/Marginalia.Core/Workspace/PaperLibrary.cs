using Marginalia.Core.Knowledge;
using Marginalia.Core.Sources;

namespace Marginalia.Core.Workspace;

/// <summary>The papers a workspace is checked against, what is known of them, and what went wrong loading them.</summary>
public sealed record PaperLibrary(KnowledgeBase Knowledge, IReadOnlyList<KnowledgeProblem> Problems, bool IsShippedDefault)
{
    /// <summary>The files that are papers or knowledge, never read as notes.</summary>
    public IReadOnlySet<string> Files { get; init; } = new HashSet<string>();

    /// <summary>
    /// Each knowledge file's YAML as it was read when loaded, by path: what a rename edits (when the editor does not have
    /// the file open), so no request reads the disk. A change to the file on disk reloads the library.
    /// </summary>
    public IReadOnlyDictionary<string, string> KnowledgeTexts { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A knowledge file's YAML as loaded, or null for any other path.</summary>
    public string? KnowledgeText(string path) => KnowledgeTexts.GetValueOrDefault(path);

    /// <summary>Every problem: loading the files and validating the knowledge.</summary>
    public IEnumerable<KnowledgeProblem> AllProblems => Problems.Concat(Knowledge.Problems);

    /// <summary>
    /// Finds the papers of a workspace (the folders or files in <see cref="WorkspaceSettings.Papers"/>):
    /// every <c>*.txt</c> there is a paper, and so is a <c>*.md</c> that a knowledge file names;
    /// each <c>*.knowledge.yaml</c> belongs to the paper its <c>paper:</c> key names (or its namesake).
    /// A paper without a knowledge file is known by extraction. A workspace with no paper is
    /// checked against the paper shipped inside Marginalia.
    /// </summary>
    public static PaperLibrary Load(string root, WorkspaceSettings settings)
    {
        var problems = new List<KnowledgeProblem>();
        var texts = new List<string>();
        var markdown = new List<string>();
        var knowledgeFiles = new List<string>();
        foreach (var entry in settings.Papers)
        {
            var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, entry));
            IEnumerable<string> found = FileSystem.Disk.FolderExists(full) ? FileSystem.Disk.FilesIn(full)
                : FileSystem.Disk.FileExists(full) ? [full]
                : [];
            foreach (var file in found.Order(StringComparer.Ordinal))
            {
                if (file.EndsWith(".knowledge.yaml", StringComparison.OrdinalIgnoreCase)) knowledgeFiles.Add(file);
                else if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) texts.Add(file);
                else if (file.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) markdown.Add(file);
            }
        }

        // Which paper each knowledge file is for.
        var knowledgeFor = new Dictionary<string, (string Path, string Yaml)>(StringComparer.Ordinal);
        foreach (var file in knowledgeFiles)
        {
            try
            {
                var yaml = TextFile.Read(file);
                var named = KnowledgeLoader.ReadPaperName(file, yaml)
                    ?? System.IO.Path.GetFileName(file)[..^".knowledge.yaml".Length] + ".txt";
                if (!knowledgeFor.TryAdd(named, (file, yaml)))
                    problems.Add(new KnowledgeProblem(file, 1, $"a second knowledge file for {named}; {knowledgeFor[named].Path} is used"));
            }
            catch (InputException e)
            {
                problems.Add(KnowledgeProblem.From(e));
            }
        }

        var papers = new List<PaperKnowledge>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in texts.Concat(markdown.Where(m => knowledgeFor.ContainsKey(System.IO.Path.GetFileName(m)))))
        {
            var name = System.IO.Path.GetFileName(file);
            try
            {
                var paper = Paper.Load(file);
                if (knowledgeFor.TryGetValue(name, out var k))
                {
                    used.Add(name);
                    papers.Add(LoadKnowledge(paper, k.Path, k.Yaml, problems));
                }
                else papers.Add(EventExtractor.Extract(paper));
            }
            catch (InputException e)
            {
                problems.Add(KnowledgeProblem.From(e));
            }
        }

        // A workspace may curate the shipped paper without copying it.
        if (knowledgeFor.TryGetValue(ShippedPaper.FileName, out var shipped) && used.Add(ShippedPaper.FileName))
            papers.Add(LoadKnowledge(ShippedPaper.Load(), shipped.Path, shipped.Yaml, problems));

        foreach (var (name, k) in knowledgeFor.Where(kv => !used.Contains(kv.Key)))
            problems.Add(new KnowledgeProblem(k.Path, 1, $"names the paper '{name}', which is not among the papers ({string.Join(", ", settings.Papers)})"));

        var files = new HashSet<string>(texts.Concat(knowledgeFiles).Concat(markdown.Where(m => used.Contains(System.IO.Path.GetFileName(m)))), StringComparer.Ordinal);
        var yamls = knowledgeFor.Values.ToDictionary(k => k.Path, k => k.Yaml, StringComparer.Ordinal);
        if (papers.Count == 0 && texts.Count == 0)
            return Shipped() with { Problems = problems, Files = files, KnowledgeTexts = yamls };
        return new PaperLibrary(new KnowledgeBase(papers), problems, IsShippedDefault: false) { Files = files, KnowledgeTexts = yamls };
    }

    /// <summary>The paper shipped inside Marginalia, with its curated knowledge.</summary>
    public static PaperLibrary Shipped()
    {
        var paper = ShippedPaper.Load();
        var problems = new List<KnowledgeProblem>();
        var knowledge = ShippedPaper.ReadKnowledge() is { } yaml
            ? LoadKnowledge(paper, ShippedPaper.KnowledgePath, yaml, problems)
            : EventExtractor.Extract(paper);
        return new PaperLibrary(new KnowledgeBase([knowledge]), problems, IsShippedDefault: true);
    }

    private static PaperKnowledge LoadKnowledge(Paper paper, string path, string yaml, List<KnowledgeProblem> problems)
    {
        try
        {
            return KnowledgeLoader.Load(paper, path, yaml);
        }
        catch (InputException e)
        {
            problems.Add(KnowledgeProblem.From(e));
            return EventExtractor.Extract(paper);
        }
    }
}
