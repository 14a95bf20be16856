using Marginalia.Benchmarks.Protocol;

namespace Marginalia.Benchmarks.Tests;

/// <summary>The benchmark starts a server as the extension's launcher does, so that it can measure the servers the .vsix ships.</summary>
public class ServerStartTests
{
    [Fact]
    public void A_dll_runs_with_dotnet_and_a_self_contained_server_runs_directly()
    {
        var dll = LspConnection.StartInfo("/x/extension/server/marginalia.dll", ["serve"]);
        Assert.Equal(LspConnection.DotnetHost(), dll.FileName);
        Assert.Equal(["/x/extension/server/marginalia.dll", "serve"], dll.ArgumentList);

        var executable = LspConnection.StartInfo("/x/extension/server/marginalia", ["serve"]);
        Assert.Equal("/x/extension/server/marginalia", executable.FileName);
        Assert.Equal(["serve"], executable.ArgumentList);
    }
}
