using Marginalia.Core.Dates;

namespace Marginalia.Core.Tests.Dates;

public class DateDistanceTests
{
    [Theory]
    [InlineData(1, "one day")]
    [InlineData(3, "three days")]
    [InlineData(14, "two weeks")]
    [InlineData(30, "one month")]
    [InlineData(61, "two months")]
    [InlineData(364, "one year")]
    [InlineData(730, "two years")]
    public void Distances_read_as_words(int days, string words) => Assert.Equal(words, DateDistance.InWords(days));
}
