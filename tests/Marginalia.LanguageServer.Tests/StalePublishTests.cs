using System.Text;
using Marginalia.LanguageServer.Protocol;

namespace Marginalia.LanguageServer.Tests;

/// <summary>The editor is never shown findings for a text that no longer exists.</summary>
public class StalePublishTests
{
    /// <summary>One long sentence full of dates and no citation: seconds to check.</summary>
    private static string SlowText()
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < 40_000; i++) text.Append($"On {1 + i % 28} February {1980 + i % 40} the talks went on, ");
        return text.Append("and ended.\n").ToString();
    }

    [Fact]
    public async Task A_slow_check_of_an_older_version_is_never_published_after_the_newest()
    {
        await using var harness = new LanguageServerHarness();
        await harness.InitializeAsync();
        await harness.Statuses.WaitForAsync(s => s.State == StatusState.Ready);
        const string uri = "untitled:fast-typing";

        await harness.OpenAsync(uri, SlowText());
        await Task.Delay(WorkspaceSession.Debounce * 2); // the slow check of version 1 has begun
        await harness.ChangeAsync(uri, 2, new TextDocumentContentChangeEvent("Left on 15 February 1990 [@soviet-withdrawal-1989].\n"));
        await harness.WaitForDiagnosticsAsync(uri, d => d.Version == 2, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(8)); // long enough for version 1's check to end

        var published = harness.Diagnostics.All.Where(d => d.Uri == uri).ToList();
        var firstOfTwo = published.FindIndex(d => d.Version == 2);
        Assert.DoesNotContain(published.Skip(firstOfTwo), d => d.Version != 2);
        Assert.Equal("MRG002", Assert.Single(published[^1].Diagnostics).Code);
    }
}
