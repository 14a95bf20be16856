using Marginalia.Core.Dates;
using Marginalia.Core.Dates.Forms;

namespace Marginalia.Core.Tests.Dates;

/// <summary>
/// Every form of the catalog writes dates that read back as the same date in the same style: a new form without a
/// round trip, or one the recognizer reads otherwise, fails here.
/// </summary>
public class FormCatalogTests
{
    public static TheoryData<string> Forms => [.. FormCatalog.Forms.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_date_written_in_the_form_reads_back_as_the_same_date_and_style(string name)
    {
        var form = FormCatalog.Forms.Single(f => f.Name == name);
        Assert.NotEmpty(form.RoundTrips);
        foreach (var trip in form.RoundTrips)
        {
            var shape = form.Write(trip.Date, trip.Style.Shape(), trip.Previous);
            Assert.True(shape is not null, $"{name} does not write {trip.Date} in {trip.Style}");
            var written = DateWriter.WithModifiers(shape, trip.Date, trip.Style);
            var before = (trip.Previous is { } previous ? DateWriter.Natural(previous) + ", " : "") + trip.Lead;
            var mentions = DateRecognizer.Recognize(before + written);
            Assert.True(mentions.Count > 0, $"nothing read in \"{before + written}\"");
            var last = mentions[^1];
            Assert.Equal(written, last.Text);
            Assert.Equal(before.Length, last.Start);
            var read = last.Date ?? (mentions.Count > 1 ? last.ResolveAgainst(mentions[^2].Date!) : null);
            Assert.Equal(trip.Date.ToIsoInterval(), read?.ToIsoInterval());
            Assert.Equal(trip.Date.Precision, read?.Precision);
            Assert.Equal(trip.Style, last.Style);
        }
    }

    [Fact]
    public void Every_style_but_natural_is_written_by_one_form()
    {
        var shapes = Enum.GetValues<DateStyle>().Where(s => s != DateStyle.Natural && (s & DateStyles.Modifiers) == 0);
        foreach (var shape in shapes)
            Assert.True(FormCatalog.WriterOf(shape) is not null, $"no form writes {shape}");
        var owned = FormCatalog.Forms.SelectMany(f => f.Styles).ToList();
        Assert.Equal(owned.Count, owned.Distinct().Count());
    }

    [Fact]
    public void Every_form_has_its_own_name() =>
        Assert.Equal(FormCatalog.Forms.Count, FormCatalog.Forms.Select(f => f.Name).Distinct().Count());
}
