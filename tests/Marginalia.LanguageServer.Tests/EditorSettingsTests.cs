using System.Text.Json;
using Marginalia.Core.Dates;
using Marginalia.Core.Workspace;
using Marginalia.LanguageServer.Tests.Harness;

namespace Marginalia.LanguageServer.Tests;

public class EditorSettingsTests
{
    [Fact]
    public void The_editors_date_order_wins_over_the_files_and_an_unknown_one_keeps_it()
    {
        var file = WorkspaceSettings.Default with { DateOrder = DateOrder.MonthFirst };
        Assert.Equal(DateOrder.DayFirst, EditorSettings.Apply(file, JsonDocument.Parse("""{"dateOrder": "dayFirst"}""").RootElement).DateOrder);
        Assert.Equal(DateOrder.MonthFirst, EditorSettings.Apply(file, JsonDocument.Parse("""{"dateOrder": "sideways"}""").RootElement).DateOrder);
        Assert.Equal(DateOrder.MonthFirst, EditorSettings.Apply(file, JsonDocument.Parse("""{"papers": ["seeds"]}""").RootElement).DateOrder);
    }

    [Fact]
    public void The_extension_offers_the_date_orders_the_server_reads()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "package.json")));
        var setting = manifest.RootElement.GetProperty("contributes").GetProperty("configuration").GetProperty("properties").GetProperty("marginalia.dateOrder");
        Assert.Equal(DateOrders.Names, setting.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(DateOrders.Names[0], setting.GetProperty("default").GetString());
        Assert.All(DateOrders.Names, name => Assert.NotNull(DateOrders.Parse(name)));
    }
}
