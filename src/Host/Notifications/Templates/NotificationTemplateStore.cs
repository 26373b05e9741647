using System.Reflection;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Notifications.Templates;

/// <summary>
/// Finds template files: first in the configured override folder, then among the templates embedded in the host
/// (so a deployment always has every notice, and an operator replaces only the parts they care about).
/// </summary>
public sealed class NotificationTemplateStore(IOptions<NotificationOptions> options)
{
    public const string Extension = ".liquid";
    private const string ResourcePrefix = "IncidentWorkflows.Host.Notifications.Templates.";
    private static readonly Assembly Shipped = typeof(NotificationTemplateStore).Assembly;

    /// <summary>A template's text and where it came from; <see cref="Version"/> changes when an override file changes.</summary>
    public sealed record Source(string Origin, string Version, Func<string> Read);

    /// <summary>The file names of the shipped templates (<c>status-changed.subject.liquid</c>, ...).</summary>
    public static IReadOnlyList<string> ShippedFiles { get; } = Shipped.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary><paramref name="name"/> is a checked template name without extension: <c>status-changed.subject</c>.</summary>
    public Source? Find(string name)
    {
        if (!NoticeNames.IsValid(name))
            throw new InvalidNotificationException($"'{name}' is not a valid template name.");
        var file = name + Extension;
        var folder = options.Value.TemplateFolder;
        if (!string.IsNullOrWhiteSpace(folder))
        {
            var info = new FileInfo(Path.Combine(folder, file));
            if (info.Exists)
                return new Source(info.FullName, $"{info.LastWriteTimeUtc.Ticks}:{info.Length}", () => File.ReadAllText(info.FullName));
        }

        if (!ShippedFiles.Contains(file, StringComparer.Ordinal))
            return null;
        return new Source($"shipped:{file}", "shipped", () => ReadShipped(file));
    }

    private static string ReadShipped(string file)
    {
        using var stream = Shipped.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"Template resource '{file}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
