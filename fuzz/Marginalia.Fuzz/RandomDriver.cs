using System.Diagnostics;
using System.Text;

namespace Marginalia.Fuzz;

/// <summary>What a run of the random driver did: inputs tried, and each failing input with what failed.</summary>
public sealed record DriverResult(string Target, long Executions, IReadOnlyList<(byte[] Input, Exception Failure)> Failures, TimeSpan Elapsed);

/// <summary>
/// A seeded, in-process fuzzer for machines without AFL or libFuzzer (and for the tests): each input is a seed of the
/// target's corpus, mutated a few times — bytes flipped, inserted, deleted or repeated, a token of the dictionary put
/// in, a slice of another seed spliced in, a cut. Not coverage-guided: it finds what random damage to real inputs
/// finds, the same inputs for the same seed. Bounded by the number of inputs, never by time.
/// </summary>
public static class RandomDriver
{
    public static DriverResult Run(string target, SharpFuzz.ReadOnlySpanAction action, IReadOnlyList<byte[]> seeds,
        IReadOnlyList<byte[]> dictionary, long inputs, int seed, int maxLength = 64 * 1024, Action<string>? progress = null)
    {
        if (seeds.Count == 0) throw new ArgumentException($"no seeds for {target}", nameof(seeds));
        var random = new Random(seed);
        var failures = new List<(byte[], Exception)>();
        var clock = Stopwatch.StartNew();
        long executions = 0;
        for (; executions < inputs; executions++)
        {
            // Every seed as it is first, then mutants.
            var input = executions < seeds.Count ? seeds[(int)executions] : Mutate(random, seeds, dictionary, maxLength);
            try
            {
                action(input);
            }
            catch (Exception e)
            {
                failures.Add((input, e));
            }
            if (progress is not null && (executions + 1) % 10_000 == 0)
                progress($"{target}: {executions + 1} executions, {failures.Count} failures, {clock.Elapsed.TotalSeconds:0} s");
        }
        return new DriverResult(target, executions, failures, clock.Elapsed);
    }

    public static byte[] Mutate(Random random, IReadOnlyList<byte[]> seeds, IReadOnlyList<byte[]> dictionary, int maxLength)
    {
        var data = new List<byte>(seeds[random.Next(seeds.Count)]);
        var steps = 1 + random.Next(8);
        for (var s = 0; s < steps; s++)
        {
            var at = random.Next(data.Count + 1);
            switch (random.Next(9))
            {
                case 0 when data.Count > 0: // flip a bit
                    var i = random.Next(data.Count);
                    data[i] ^= (byte)(1 << random.Next(8));
                    break;
                case 1: // an interesting byte
                    data.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                case 2 when data.Count > 0: // delete a run
                    var from = random.Next(data.Count);
                    data.RemoveRange(from, Math.Min(data.Count - from, 1 + random.Next(16)));
                    break;
                case 3 when dictionary.Count > 0: // a token
                    data.InsertRange(at, dictionary[random.Next(dictionary.Count)]);
                    break;
                case 4 when data.Count > 0: // repeat a slice (deep nesting, long lines)
                    var start = random.Next(data.Count);
                    var slice = data.GetRange(start, Math.Min(data.Count - start, 1 + random.Next(8)));
                    var times = 1 + random.Next(random.Next(2) == 0 ? 8 : 512);
                    for (var t = 0; t < times && data.Count + slice.Count <= maxLength; t++) data.InsertRange(at, slice);
                    break;
                case 5: // splice in a slice of another seed
                    var other = seeds[random.Next(seeds.Count)];
                    if (other.Length == 0) break;
                    var os = random.Next(other.Length);
                    data.InsertRange(at, other.AsSpan(os, Math.Min(other.Length - os, 1 + random.Next(64))).ToArray());
                    break;
                case 6 when data.Count > 0: // cut
                    data.RemoveRange(at == data.Count ? at - 1 : at, data.Count - (at == data.Count ? at - 1 : at));
                    break;
                case 7 when data.Count > 0: // a digit changed (dates, lengths)
                    var d = random.Next(data.Count);
                    if (data[d] is >= (byte)'0' and <= (byte)'9') data[d] = (byte)('0' + random.Next(10));
                    else data.Insert(d, (byte)('0' + random.Next(10)));
                    break;
                default: // a random byte
                    data.Insert(at, (byte)random.Next(256));
                    break;
            }
            if (data.Count > maxLength) data.RemoveRange(maxLength, data.Count - maxLength);
        }
        return [.. data];
    }

    private static readonly byte[] Interesting = [0, (byte)'\n', (byte)'\r', (byte)'[', (byte)']', (byte)'@', (byte)'-', (byte)'>', (byte)'{', (byte)'}', (byte)'"', (byte)'\\', 0x7f, 0x80, 0xc0, 0xed, 0xef, 0xff];

    /// <summary>Every file of a folder, as bytes, in name order.</summary>
    public static List<byte[]> ReadCorpus(string folder) =>
        [.. Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    /// <summary>An AFL dictionary (<c>name="value"</c> lines, <c>\xNN</c>, <c>\"</c> and <c>\\</c> escapes), as tokens.</summary>
    public static List<byte[]> ReadDictionary(string path)
    {
        var tokens = new List<byte[]>();
        if (!File.Exists(path)) return tokens;
        foreach (var line in File.ReadLines(path))
        {
            var open = line.IndexOf('"');
            var close = line.LastIndexOf('"');
            if (line.TrimStart().StartsWith('#') || open < 0 || close <= open) continue;
            var value = line[(open + 1)..close];
            var bytes = new List<byte>();
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] == '\\' && i + 1 < value.Length)
                {
                    if (value[i + 1] == 'x' && i + 3 < value.Length)
                    {
                        bytes.Add(Convert.ToByte(value.Substring(i + 2, 2), 16));
                        i += 3;
                    }
                    else bytes.Add((byte)value[++i]);
                }
                else bytes.AddRange(Encoding.UTF8.GetBytes(value[i].ToString()));
            }
            tokens.Add([.. bytes]);
        }
        return tokens;
    }
}
