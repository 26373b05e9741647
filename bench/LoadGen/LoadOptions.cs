using System.Globalization;

namespace IncidentWorkflows.LoadGen;

/// <summary>
/// The command line. Every run is bounded: a duration of at most ten minutes per step, at most 30 steps, and only
/// loopback addresses as targets.
/// </summary>
internal sealed record LoadOptions
{
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(10);

    public double Rate { get; init; } = 300;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);
    public bool FindMax { get; init; }
    public double StartRate { get; init; } = 100;
    public double StepFactor { get; init; } = 1.25;
    public TimeSpan StepDuration { get; init; } = TimeSpan.FromSeconds(10);
    public int MaxSteps { get; init; } = 30;
    public TimeSpan MaxP99 { get; init; } = TimeSpan.FromMilliseconds(100);
    public double MaxErrorRatio { get; init; } = 0.001;
    public int MaxInFlight { get; init; } = 2000;
    public Uri? Url { get; init; }
    public string? ApiKey { get; init; }
    public int? HostPid { get; init; }
    public string? HostDll { get; init; }
    public string DefinitionId { get; init; } = "bench-flow";

    /// <summary>Alert ingestion instead of start + resume: POST /api/alerts/{integration}, a share of them duplicates.</summary>
    public bool Alerts { get; init; }

    public double DuplicateShare { get; init; } = 0.3;
    public bool Keep { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> HostEnvironment { get; init; } = [];

    public const string Usage = """
        LoadGen: open-loop HTTP load on the durable runtime (start bench-flow.json, then resume its bookmark).
          --rate N             arrivals (instances) per second                     [300]
          --duration 20s       measured time; --warmup 5s before it at the same rate, not measured
          --find-max           step the rate up from --start-rate 100 by --step-factor 1.25, each step --step-duration 10s,
                               until p99 > --max-p99 100ms, errors > --max-errors 0.1%, or the achieved rate falls short
          --max-in-flight N    arrivals in flight before new ones are counted as dropped [2000]
          --alerts             alert ingestion instead: each arrival POSTs one generic alert to /api/alerts/bench (202 after
                               commit); --duplicates 30% of them repeat an accepted key, the rest open an incident each
                               (ticket + dedup identity + bench-flow start in one commit)
        Host: by default a fresh host is started as a child process (Production, temp App_Data, admin from env, API key
        created through the API): --host-dll PATH (default src/Host/bin/Release/net10.0/IncidentWorkflows.Host.dll),
        --keep leaves its folder, --host-env NAME=VALUE (repeatable) sets configuration for an experiment
        (e.g. Serilog__MinimumLevel__Default=Warning). Or an already running host on loopback: --url http://127.0.0.1:5000 --api-key KEY
        [--host-pid PID for its CPU].
        """;

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--rate" => options with { Rate = Number(Next(), 1, 100_000) },
                "--duration" => options with { Duration = Time(Next()) },
                "--warmup" => options with { Warmup = Time(Next(), allowZero: true) },
                "--find-max" => options with { FindMax = true },
                "--start-rate" => options with { StartRate = Number(Next(), 1, 100_000) },
                "--step-factor" => options with { StepFactor = Number(Next(), 1.01, 10) },
                "--step-duration" => options with { StepDuration = Time(Next()) },
                "--max-steps" => options with { MaxSteps = (int)Number(Next(), 1, 30) },
                "--max-p99" => options with { MaxP99 = Time(Next()) },
                "--max-errors" => options with { MaxErrorRatio = Number(Next().TrimEnd('%'), 0, 100) / 100 },
                "--max-in-flight" => options with { MaxInFlight = (int)Number(Next(), 1, 100_000) },
                "--url" => options with { Url = Loopback(Next()) },
                "--api-key" => options with { ApiKey = Next() },
                "--host-pid" => options with { HostPid = (int)Number(Next(), 1, int.MaxValue) },
                "--host-dll" => options with { HostDll = Path.GetFullPath(Next()) },
                "--definition" => options with { DefinitionId = Next() },
                "--keep" => options with { Keep = true },
                "--alerts" => options with { Alerts = true },
                "--duplicates" => options with { DuplicateShare = Number(Next().TrimEnd('%'), 0, 100) / 100 },
                "--host-env" => options with { HostEnvironment = [.. options.HostEnvironment, Setting(Next())] },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        if (options.Alerts && options.Url is not null)
            throw new ArgumentException("--alerts starts its own host (it configures an integration as the administrator).");
        if (options.Url is not null && options.ApiKey is null)
            throw new ArgumentException("--url needs --api-key (a key with the integration role).");
        return options;
    }

    private static double Number(string text, double min, double max)
    {
        var value = double.Parse(text, CultureInfo.InvariantCulture);
        return value >= min && value <= max ? value : throw new ArgumentException($"{text} is outside {min}..{max}.");
    }

    /// <summary>"20s", "500ms", "2m" or plain seconds; never more than <see cref="MaxDuration"/>.</summary>
    private static TimeSpan Time(string text, bool allowZero = false)
    {
        var value = text.EndsWith("ms", StringComparison.Ordinal) ? TimeSpan.FromMilliseconds(double.Parse(text[..^2], CultureInfo.InvariantCulture))
            : text.EndsWith('s') ? TimeSpan.FromSeconds(double.Parse(text[..^1], CultureInfo.InvariantCulture))
            : text.EndsWith('m') ? TimeSpan.FromMinutes(double.Parse(text[..^1], CultureInfo.InvariantCulture))
            : TimeSpan.FromSeconds(double.Parse(text, CultureInfo.InvariantCulture));
        if (value > MaxDuration || value < TimeSpan.Zero || (value == TimeSpan.Zero && !allowZero))
            throw new ArgumentException($"{text} must be between 0 and {MaxDuration.TotalMinutes} minutes.");
        return value;
    }

    private static KeyValuePair<string, string> Setting(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 ? new(text[..equals], text[(equals + 1)..]) : throw new ArgumentException($"--host-env {text}: expected NAME=VALUE.");
    }

    /// <summary>Load is only ever sent to this machine.</summary>
    private static Uri Loopback(string text)
    {
        var uri = new Uri(text, UriKind.Absolute);
        return uri.IsLoopback ? uri : throw new ArgumentException($"{text} is not a loopback address; LoadGen only targets this machine.");
    }
}
