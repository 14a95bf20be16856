using System.Globalization;
using SharpFuzz;

namespace Marginalia.Fuzz;

/// <summary>
/// <code>
/// dotnet Marginalia.Fuzz.dll &lt;notes|frames|server&gt; afl                 under afl-fuzz (fuzz/run-afl.sh sets it up)
/// dotnet Marginalia.Fuzz.dll &lt;notes|frames|server&gt; libfuzzer           under libfuzzer-dotnet
/// dotnet Marginalia.Fuzz.dll &lt;notes|frames|server&gt; random [--inputs 100000] [--seed 1] [--crashes DIR]
/// dotnet Marginalia.Fuzz.dll &lt;notes|frames|server&gt; replay FILE|FOLDER…
/// dotnet Marginalia.Fuzz.dll instrument DLL…                          SharpFuzz's instrumentation, in place
/// </code>
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 1 && args[0] == "instrument")
        {
            foreach (var dll in args.Skip(1))
            {
                // Everything in the assembly, as SharpFuzz's command-line tool does without a prefix.
                Fuzzer.Instrument(dll, _ => true, Options.Value);
                Console.WriteLine($"instrumented {dll}");
            }
            return 0;
        }
        if (args.Length < 2 || !FuzzTargets.All.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: Marginalia.Fuzz <{string.Join('|', FuzzTargets.All.Keys)}> <afl|libfuzzer|random|replay> …  (or: instrument DLL…)");
            return 2;
        }
        var name = args[0];
        switch (args[1])
        {
            case "afl":
                // No warm-up call before Run: instrumented code writes to the coverage map, which Run sets up.
                Fuzzer.Run(stream =>
                {
                    using var buffer = new MemoryStream();
                    stream.CopyTo(buffer);
                    target(buffer.ToArray());
                });
                return 0;
            case "libfuzzer":
                Fuzzer.LibFuzzer.Run(target);
                return 0;
            case "random":
                return Random(name, target, args[2..]);
            case "replay":
                return Replay(name, target, args[2..]);
            default:
                Console.Error.WriteLine($"unknown mode {args[1]}");
                return 2;
        }
    }

    private static int Random(string name, SharpFuzz.ReadOnlySpanAction target, string[] args)
    {
        string Option(string key, string fallback) => Array.IndexOf(args, key) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        var inputs = long.Parse(Option("--inputs", "100000"), CultureInfo.InvariantCulture);
        var seed = int.Parse(Option("--seed", "1"), CultureInfo.InvariantCulture);
        var crashes = Option("--crashes", Path.Combine(Path.GetTempPath(), $"marginalia-fuzz-{name}-crashes"));
        var root = Repository.Root();
        var result = RandomDriver.Run(name, target, RandomDriver.ReadCorpus(FuzzTargets.CorpusOf(name, root)),
            RandomDriver.ReadDictionary(Path.Combine(root, "fuzz", "dictionaries", $"{DictionaryOf(name)}.dict")), inputs, seed,
            progress: line => Console.Error.WriteLine(line));
        foreach (var (input, failure) in result.Failures.Take(20))
        {
            Directory.CreateDirectory(crashes);
            var file = Path.Combine(crashes, $"crash-{Convert.ToHexString(System.Security.Cryptography.SHA1.HashData(input))[..16].ToLowerInvariant()}");
            File.WriteAllBytes(file, input);
            Console.Error.WriteLine($"FAILED {file}: {failure.GetType().Name}: {failure.Message}");
        }
        Console.WriteLine($"{name}: {result.Executions} executions, {result.Failures.Count} crashes, {result.Elapsed.TotalSeconds:0} s (seed {seed})");
        return result.Failures.Count == 0 ? 0 : 1;
    }

    private static int Replay(string name, SharpFuzz.ReadOnlySpanAction target, string[] paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p]).ToList();
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                target(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                failed++;
                Console.Error.WriteLine($"FAILED {file}: {e}");
            }
        }
        Console.WriteLine($"{name}: {files.Count} inputs replayed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    public static string DictionaryOf(string target) => target == "notes" ? "notes" : "protocol";
}
