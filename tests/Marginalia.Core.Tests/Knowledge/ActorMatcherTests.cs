using System.Text.RegularExpressions;
using CsCheck;
using Marginalia.Core.Knowledge;

namespace Marginalia.Core.Tests.Knowledge;

/// <summary>
/// Where the matcher finds actors: the longest alias, with an asterisk and a possessive, at word
/// boundaries only. It must find exactly what the alternation of every alias (its former self, below) found.
/// </summary>
public class ActorMatcherTests
{
    private static Actor Actor(string id, params string[] names) => new(id, names[0], ActorKind.Person, names[1..], []);

    private static readonly Actor[] Actors =
    [
        Actor("putin", "Vladimir Putin", "Putin", "Vladimir Vladimirovich Putin", "Vladimir Vladimirovich Putin’s"),
        Actor("russia", "Russia", "Russian President", "Moscow", "Kremlin"),
        Actor("russian", "Russian"),
        Actor("taliban", "Taliban*"),
        Actor("usa", "USA", "U.S.", "Washington"),
        Actor("kabul-city", "Kabul"),
        Actor("kabul-government", "Kabul"),
        Actor("isaf", "ISAF"),
        Actor("g8", "G8"),
    ];

    private static readonly ActorMatcher Matcher = new(Actors);

    private static List<(string Text, string Alias, string Ids)> Found(string text) =>
        [.. Matcher.Find(text).Select(m => (text.Substring(m.Start, m.Length), m.Alias, string.Join(",", m.Actors.Select(a => a.Id))))];

    [Fact]
    public void The_longest_alias_wins() =>
        Assert.Equal([("Vladimir Vladimirovich Putin", "Vladimir Vladimirovich Putin", "putin")], Found("Vladimir Vladimirovich Putin spoke."));

    [Fact]
    public void A_longer_alias_that_runs_into_a_word_gives_way_to_a_shorter_one() =>
        Assert.Equal([("Russian", "Russian", "russian")], Found("the Russian Presidents met"));

    [Theory]
    [InlineData("Taliban*", "Taliban*")]
    [InlineData("Taliban’s*", "Taliban’s*")]
    [InlineData("Taliban*’s", "Taliban*’s")]
    [InlineData("Putin's", "Putin's")]
    [InlineData("Putin’s", "Putin’s")]
    [InlineData("Putin’", "Putin’")]
    [InlineData("Putin’so", "Putin")]
    [InlineData("Putin***", "Putin**")] // at most one asterisk each side of the possessive
    public void Asterisks_and_possessives_belong_to_the_mention(string text, string mention) =>
        Assert.Equal(mention, Assert.Single(Found(text + " said")).Text);

    [Theory]
    [InlineData("Putinism", "")]
    [InlineData("anti-Putin", "")]
    [InlineData("xRussia", "")]
    [InlineData("2Russia", "")]
    [InlineData("USAF", "")]
    [InlineData("G80", "")]
    [InlineData("Russiaé", "")]
    [InlineData("Putin_x", "Putin")] // '_' is neither letter nor digit
    [InlineData("Putin's_x", "Putin's")]
    public void No_match_inside_a_longer_word_or_after_a_hyphen(string text, string mentions) =>
        Assert.Equal(mentions, string.Join(",", Found(text).Select(f => f.Text)));

    [Fact]
    public void A_hyphen_before_stops_a_match_a_hyphen_after_does_not() =>
        Assert.Equal([("Russia", "Russia", "russia")], Found("anti-Putin Russia-friendly"));

    [Fact]
    public void An_alias_ending_in_punctuation_needs_no_letter_after_it() =>
        Assert.Equal(["U.S.", "USA"], Found("the U.S. and USA.").Select(f => f.Text));

    [Fact]
    public void A_shared_alias_names_every_actor() =>
        Assert.Equal("kabul-city,kabul-government", Assert.Single(Found("in Kabul.")).Ids);

    [Fact]
    public void Mentions_follow_each_other_without_overlapping() =>
        Assert.Equal(["Putin", "Moscow", "Kremlin’s", "ISAF", "G8"], Found("Putin,Moscow;Kremlin’s (ISAF) G8").Select(f => f.Text));

    [Fact]
    public void A_matcher_without_actors_finds_nothing() => Assert.Empty(new ActorMatcher([]).Find("Putin"));

    [Fact]
    public void It_finds_what_the_alias_alternation_found_in_the_paper_and_in_notes()
    {
        var actors = TestKnowledge.Library.Knowledge.Actors;
        var matcher = new ActorMatcher(actors);
        var reference = new AlternationMatcher(actors);
        var notes = Directory.GetFiles(Path.Combine(TestPapers.RepositoryRoot, "examples", "notes"), "*.md").Select(File.ReadAllText);
        foreach (var text in notes.Prepend(TestPapers.Russia.Reading.Text))
            Assert.Equal(Key(reference.Find(text)), Key(matcher.Find(text)));
    }

    [Fact]
    public void It_finds_what_the_alias_alternation_found_in_random_text()
    {
        var reference = new AlternationMatcher(Actors);
        var pieces = new[] { "Putin", "Vladimir ", "Vladimirovich ", "Russia", "Russian", " President", "n", "Taliban", "U.S.", "USA", "Kabul", "G8", "0",
            "*", "’", "'", "s", "’s", "-", " ", ".", "x", "é", "_" };
        Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, 12].Select(p => string.Concat(p)).Sample(text =>
            Assert.Equal(Key(reference.Find(text)), Key(Matcher.Find(text))), iter: 20_000);
    }

    private static List<string> Key(IReadOnlyList<ActorMention> found) =>
        [.. found.Select(m => $"{m.Start}+{m.Length} {m.Alias}: {string.Join(",", m.Actors.Select(a => a.Id))}")];

    /// <summary>The matcher as it was: one regex alternation of every alias, longest first.</summary>
    private sealed class AlternationMatcher
    {
        private readonly Regex _pattern;
        private readonly ActorMatcher _lookup;

        public AlternationMatcher(IEnumerable<Actor> actors)
        {
            _lookup = new ActorMatcher(actors);
            // Either apostrophe spells an alias ("People’s" and "People's").
            var aliases = actors.SelectMany(a => a.Names).Select(n => n.Trim().TrimEnd('*')).Select(Strip)
                .SelectMany(a => new[] { a, a.Replace('’', '\''), a.Replace('\'', '’') }).Where(a => a.Length > 0).Distinct();
            var alternation = string.Join("|", aliases.OrderByDescending(a => a.Length).Select(Regex.Escape));
            _pattern = new Regex($@"(?<![\p{{L}}\p{{N}}-])(?<alias>{alternation})(?<suffix>\*?(?:’s|'s|’)?\*?)(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant);
        }

        private static string Strip(string a)
        {
            foreach (var suffix in new[] { "’s", "'s", "’" })
                if (a.EndsWith(suffix, StringComparison.Ordinal)) a = a[..^suffix.Length];
            return a.TrimEnd('*');
        }

        public IReadOnlyList<ActorMention> Find(string text) =>
            [.. _pattern.Matches(text).Select(m => new ActorMention(m.Index, m.Length, m.Groups["alias"].Value, _lookup.Lookup(m.Groups["alias"].Value)))];
    }
}
