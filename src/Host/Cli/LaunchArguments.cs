namespace IncidentWorkflows.Host.Cli;

/// <summary>
/// <c>dotnet run</c> starts the host in the caller's folder (Host.csproj sets RunWorkingDirectory), so the verbs'
/// relative file paths mean what the user typed, and prepends <c>--contentRoot=PROJECT</c> (StartArguments) so
/// the web host still finds appsettings.json and wwwroot. The verbs have no use for that argument.
/// </summary>
public static class LaunchArguments
{
    private const string ContentRootPrefix = "--contentRoot=";

    public static string[] WithoutContentRoot(string[] args) =>
        args.SkipWhile(a => a.StartsWith(ContentRootPrefix, StringComparison.Ordinal)).ToArray();
}
