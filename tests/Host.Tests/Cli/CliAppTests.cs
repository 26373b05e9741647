using IncidentWorkflows.Host.Cli;

namespace IncidentWorkflows.Host.Tests.Cli;

public sealed class CliAppTests
{
    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--urls", "http://localhost:5001" }, false)]
    [InlineData(new[] { "validate", "a.json" }, true)]
    [InlineData(new[] { "run", "a.json" }, true)]
    public void IsVerb_Arguments_OnlyVerbsBypassWebHost(string[] args, bool expected)
    {
        Assert.Equal(expected, CliApp.IsVerb(args));
    }

    [Fact]
    public void WithoutContentRoot_DotnetRunPrefix_LeavesVerbFirst()
    {
        var args = LaunchArguments.WithoutContentRoot(["--contentRoot=/repo/src/Host", "validate", "a.json"]);

        Assert.Equal(["validate", "a.json"], args);
        Assert.True(CliApp.IsVerb(args));
    }

    [Fact]
    public void WithoutContentRoot_WebHostArguments_KeptAsGiven()
    {
        Assert.Equal(["--urls", "http://localhost:5001"], LaunchArguments.WithoutContentRoot(["--urls", "http://localhost:5001"]));
    }

    [Fact]
    public async Task RunAsync_NoVerb_ExitsTwo()
    {
        var result = await CliResult.RunAsync("frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("validate or run", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("run")]
    public async Task RunAsync_Help_PrintsUsageAndExitsZero(string verb)
    {
        var result = await CliResult.RunAsync(verb, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"usage: {verb} FILE", result.Stdout, StringComparison.Ordinal);
    }
}
