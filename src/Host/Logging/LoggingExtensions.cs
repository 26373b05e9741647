using Serilog;
using Serilog.Formatting.Compact;

namespace IncidentWorkflows.Host.Logging;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog for the web host: levels and extra sinks from the "Serilog" configuration section, the console
    /// for people and a rolling compact-JSON file (one event per line) for machines.
    /// </summary>
    /// <remarks>
    /// The logger lives in the container only (preserveStaticLogger): a process-wide static logger would be
    /// shared, and overwritten, by several hosts in one process, as integration tests start them.
    /// </remarks>
    public static WebApplicationBuilder AddHostLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog(preserveStaticLogger: true, configureLogger: (services, logger) =>
        {
            // Read from the built container, not the builder: configuration added by tests (WebApplicationFactory)
            // is only there once the host is built.
            var configuration = services.GetRequiredService<IConfiguration>();
            var options = configuration.GetSection(HostLoggingOptions.Section).Get<HostLoggingOptions>() ?? new HostLoggingOptions();
            var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;

            logger.ReadFrom.Configuration(configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.Console();

            // An empty path switches the file off (tests that do not want files under the source tree).
            if (!string.IsNullOrWhiteSpace(options.FilePath))
            {
                logger.WriteTo.File(
                    new CompactJsonFormatter(),
                    Path.Combine(contentRoot, options.FilePath),
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: options.RetainedFileCount,
                    fileSizeLimitBytes: options.FileSizeLimitBytes,
                    rollOnFileSizeLimit: true);
            }
        });
        return builder;
    }

    /// <summary>One summary event per request (method, path, status, elapsed) instead of the framework's chatter.</summary>
    public static WebApplication UseHostRequestLogging(this WebApplication app)
    {
        // Without an explicit logger the middleware would write to the static Log, which this host leaves alone.
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        return app;
    }
}
