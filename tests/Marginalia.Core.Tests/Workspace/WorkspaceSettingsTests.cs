using Marginalia.Core.Checks;
using Marginalia.Core.Workspace;

namespace Marginalia.Core.Tests.Workspace;

public class WorkspaceSettingsTests
{
    [Fact]
    public void Defaults_look_for_papers_in_seeds_and_notes_everywhere()
    {
        Assert.Equal(["seeds"], WorkspaceSettings.Default.Papers);
        Assert.Equal(["**/*.md"], WorkspaceSettings.Default.Notes);
        Assert.Equal(Severity.Error, WorkspaceSettings.Default.SeverityOf("MRG002", Severity.Error));
    }

    [Fact]
    public void The_file_sets_papers_notes_and_severities()
    {
        var settings = WorkspaceSettings.Parse(".marginalia.yaml", "papers: [sources, extra/paper.txt]\nnotes: notes/**/*.md\nseverity:\n  mrg003: off\n  MRG007: error\n");
        Assert.Equal(["sources", "extra/paper.txt"], settings.Papers);
        Assert.Equal(["notes/**/*.md"], settings.Notes);
        Assert.Equal(Severity.Off, settings.SeverityOf("MRG003", Severity.Information));
        Assert.Equal(Severity.Error, settings.SeverityOf("MRG007", Severity.Warning));
        Assert.Equal(Severity.Hint, settings.SeverityOf("MRG008", Severity.Hint));
    }

    [Theory]
    [InlineData("dateOrder: dayFirst\n", Marginalia.Core.Dates.DateOrder.DayFirst)]
    [InlineData("dateOrder: MonthFirst\n", Marginalia.Core.Dates.DateOrder.MonthFirst)]
    [InlineData("papers: [seeds]\n", Marginalia.Core.Dates.DateOrder.Either)]
    public void The_file_says_how_numeric_dates_are_written(string yaml, Marginalia.Core.Dates.DateOrder order) =>
        Assert.Equal(order, WorkspaceSettings.Parse(".marginalia.yaml", yaml).DateOrder);

    [Theory]
    [InlineData("dateOrder: dmy\n", 1, "dateOrder must be one of either, dayFirst, monthFirst")]
    [InlineData("papers: [unclosed\n", 2, "broken YAML")]
    [InlineData("paper: seeds\n", 1, "unknown setting 'paper'")]
    [InlineData("severity:\n  MRG002: loud\n", 2, "severity of MRG002 must be off, hint, information, warning or error")]
    [InlineData("- a list\n", 1, "settings must be a mapping")]
    public void A_broken_settings_file_names_its_line(string yaml, int line, string message)
    {
        var e = Assert.Throws<InputException>(() => WorkspaceSettings.Parse(".marginalia.yaml", yaml));
        Assert.Equal(line, e.Line);
        Assert.Contains(message, e.Problem);
    }
}
