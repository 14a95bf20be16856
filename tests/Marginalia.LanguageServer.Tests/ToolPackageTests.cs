using System.Diagnostics;
using System.IO.Compression;
using Marginalia.LanguageServer.Tests.Harness;

namespace Marginalia.LanguageServer.Tests;

/// <summary>The server packed as a .NET tool, as the README tells users of other editors to install it.</summary>
public class ToolPackageTests
{
    [Fact]
    public async Task The_tool_package_holds_the_marginalia_command_and_the_paper()
    {
        var output = Repository.NewScratchFolder();
        try
        {
            var pack = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "pack", Path.Combine(Repository.Root, "server", "Marginalia.LanguageServer"), "-c", "Release", "-o", output, "--nologo" })
                pack.ArgumentList.Add(argument);
            using var process = Process.Start(pack)!;
            var log = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
            Assert.True(process.ExitCode == 0, await log + await errors);

            var package = Assert.Single(Directory.GetFiles(output, "marginalia.*.nupkg"));
            using var zip = ZipFile.OpenRead(package);
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("tools/net10.0/any/marginalia.dll", entries);
            Assert.Contains("tools/net10.0/any/seeds/000_bf09360ec50d0df5.txt", entries);
            using var settings = new StreamReader(zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
            Assert.Contains("<Command Name=\"marginalia\" EntryPoint=\"marginalia.dll\"", await settings.ReadToEndAsync());
        }
        finally { Directory.Delete(output, recursive: true); }
    }
}
