namespace IncidentWorkflows.Host.Cli;

/// <summary>Exit codes pipelines can rely on.</summary>
public static class ExitCodes
{
    /// <summary>Every file is valid (warnings allowed) / the workflow ran, even if it is now suspended.</summary>
    public const int Ok = 0;

    /// <summary>A file has an error / the workflow is invalid or faulted.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself is wrong (unknown option, missing file argument, file not found).</summary>
    public const int Usage = 2;
}
