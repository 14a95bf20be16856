using System.Globalization;

namespace Marginalia.Benchmarks.Protocol;

/// <summary>
/// <c>dotnet run -c Release --project bench/Marginalia.Benchmarks.Protocol -- [--sizes 100,1000,10000]
/// [--requests 500] [--warmup 20] [--server bench/out/vsix/linux-x64/extension/server/marginalia] [--floor bench/out/floor/Marginalia.Benchmarks.FloorServer.dll]
/// [--out bench/out]</c>: writes the table to stdout and the JSON beside it. The server is by default the one the linux-x64
/// .vsix ships (bench/publish.sh unpacks it); a <c>.dll</c> runs with dotnet, an executable directly, as the extension does.
/// <c>--soak 30m [--notes 10000] [--interval 1m] [--soak-warmup 3m] [--operations N] [--reload-every 100] [--server …]</c>:
/// the soak instead (<see cref="Soak"/>).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
        string Get(string key, string fallback) => options.GetValueOrDefault(key, fallback);
        var output = Path.GetFullPath(Get("out", "bench/out"));
        if (options.ContainsKey("soak")) return await SoakAsync(args, Get, output);
        var settings = new BenchmarkSettings
        {
            ServerDll = Path.GetFullPath(Get("server", ShippedServer(output))),
            FloorDll = Path.GetFullPath(Get("floor", Path.Combine(output, "floor", "Marginalia.Benchmarks.FloorServer.dll"))),
            // Outside the repository: a workspace of 10,000 notes under it would become part of the tests' workspace.
            WorkDirectory = Path.GetFullPath(Get("workspaces", Path.Combine(Path.GetTempPath(), "marginalia-bench-workspaces"))),
            Sizes = [.. Get("sizes", "100,1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
            CheckUpTo = int.Parse(Get("check-up-to", "1000"), CultureInfo.InvariantCulture),
            Run = new RunOptions
            {
                Requests = int.Parse(Get("requests", "500"), CultureInfo.InvariantCulture),
                Warmup = int.Parse(Get("warmup", "20"), CultureInfo.InvariantCulture),
                TypingRounds = int.Parse(Get("typing-rounds", "3"), CultureInfo.InvariantCulture),
            },
            Command = "dotnet run -c Release --project bench/Marginalia.Benchmarks.Protocol -- " + string.Join(' ', args),
        };
        foreach (var dll in new[] { settings.ServerDll, settings.FloorDll })
        {
            if (File.Exists(dll)) continue;
            await Console.Error.WriteLineAsync($"{dll} is missing: run bench/publish.sh first.");
            return 2;
        }
        var result = await ProtocolBenchmark.RunAsync(settings, Console.Error);
        await ReportAsync(output, "protocol", result.Machine, result.Command, settings.ServerDll, result.At, ProtocolBenchmark.ToTable(result), ProtocolBenchmark.ToJson(result));
        return result.Sizes.Any(s => s.Marginalia.Errors.Count > 0 || s.Floor.Errors.Count > 0) ? 1 : 0;
    }

    private static async Task<int> SoakAsync(string[] args, Func<string, string, string> get, string output)
    {
        var settings = new SoakSettings
        {
            Server = Path.GetFullPath(get("server", ShippedServer(output))),
            WorkDirectory = Path.GetFullPath(get("workspaces", Path.Combine(Path.GetTempPath(), "marginalia-bench-workspaces"))),
            Notes = int.Parse(get("notes", "10000"), CultureInfo.InvariantCulture),
            Duration = Soak.ParseDuration(get("soak", "30m")),
            Operations = long.Parse(get("operations", long.MaxValue.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            Interval = Soak.ParseDuration(get("interval", "1m")),
            WarmUp = Soak.ParseDuration(get("soak-warmup", "3m")),
            ReloadEveryCycles = int.Parse(get("reload-every", "100"), CultureInfo.InvariantCulture),
            Command = "dotnet run -c Release --project bench/Marginalia.Benchmarks.Protocol -- " + string.Join(' ', args),
        };
        if (!File.Exists(settings.Server))
        {
            await Console.Error.WriteLineAsync($"{settings.Server} is missing: run bench/publish.sh first.");
            return 2;
        }
        var result = await Soak.RunAsync(settings, Console.Error);
        await ReportAsync(output, "soak", result.Machine, result.Command, settings.Server, result.At, Soak.ToTable(result), Soak.ToJson(result));
        return result.Errors.Count > 0 || result.ExitCode != 0 ? 1 : 0;
    }

    /// <summary>Prints a run's table and writes it, with its JSON, under the output's results folder, stamped with its time.</summary>
    private static async Task ReportAsync(string output, string kind, string machine, string command, string server, DateTimeOffset at, string table, string json)
    {
        Console.WriteLine($"{machine}\n{command}\nserver: {server}\n");
        Console.WriteLine(table);
        Directory.CreateDirectory(Path.Combine(output, "results"));
        var stamp = at.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        await File.WriteAllTextAsync(Path.Combine(output, "results", $"{kind}-{stamp}.json"), json);
        await File.WriteAllTextAsync(Path.Combine(output, "results", $"{kind}-{stamp}.md"), $"{machine}\n\n{command}\n\nserver: {server}\n\n{table}");
    }

    /// <summary>The server of the linux-x64 .vsix, as bench/publish.sh unpacks it: what a user of the extension on Linux runs.</summary>
    private static string ShippedServer(string output) => Path.Combine(output, "vsix", "linux-x64", "extension", "server", "marginalia");
}
