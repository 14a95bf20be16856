using Marginalia.LanguageServer.Tests.Harness;

namespace Marginalia.LanguageServer.Tests.Commands;

/// <summary>
/// Rich output compared whole with a file under <c>Commands/Baselines/</c>. To regenerate after a reviewed change, run
/// the tests with <c>MARGINALIA_UPDATE_BASELINES=1</c> and read the diff.
/// </summary>
public static class Baseline
{
    public static void Check(string name, string actual)
    {
        var path = Path.Combine(Repository.Root, "tests", "Marginalia.LanguageServer.Tests", "Commands", "Baselines", name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("MARGINALIA_UPDATE_BASELINES") == "1") File.WriteAllText(path, actual);
        Assert.True(File.Exists(path), $"no baseline {path}: run with MARGINALIA_UPDATE_BASELINES=1 to write it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
