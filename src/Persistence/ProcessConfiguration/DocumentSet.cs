using IncidentWorkflows.Incidents.Calendars;
using IncidentWorkflows.Incidents.Escalation;
using IncidentWorkflows.Incidents.Sla;
using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Triage;
using IncidentWorkflows.Persistence.ProcessConfiguration.Documents;
using IncidentWorkflows.Persistence.Tickets.Mapping;

namespace IncidentWorkflows.Persistence.ProcessConfiguration;

/// <summary>All five configuration documents at once: what is validated together and turned into a <see cref="ConfiguredProcess"/>.</summary>
internal sealed record DocumentSet(
    IReadOnlyList<CategoryDocument> Categories,
    IReadOnlyList<RoutingRuleDocument> RoutingRules,
    IReadOnlyList<SlaPolicyDocument> SlaPolicies,
    IReadOnlyList<CalendarDocument> Calendars,
    IReadOnlyList<EscalationEntryDocument> EscalationMatrix)
{
    /// <summary>
    /// The shipped defaults (process.md): five categories, an L1 group per category, the SLA table of §4 with business days
    /// as long as the default business calendar's working day, 24×7 and Monday–Friday 08:00–18:00 UTC.
    /// </summary>
    public static DocumentSet Defaults { get; } = CreateDefaults();

    public static DocumentSet From(IEnumerable<ConfigurationRecord> records)
    {
        var documents = records.ToDictionary(record => record.Kind, record => record.Document, StringComparer.Ordinal);
        return new DocumentSet(
            Read(documents, ConfigurationKinds.Categories, Defaults.Categories),
            Read(documents, ConfigurationKinds.RoutingRules, Defaults.RoutingRules),
            Read(documents, ConfigurationKinds.SlaPolicies, Defaults.SlaPolicies),
            Read(documents, ConfigurationKinds.Calendars, Defaults.Calendars),
            Read(documents, ConfigurationKinds.EscalationMatrix, Defaults.EscalationMatrix));
    }

    public object Get(string kind) => kind switch
    {
        ConfigurationKinds.Categories => Categories,
        ConfigurationKinds.RoutingRules => RoutingRules,
        ConfigurationKinds.SlaPolicies => SlaPolicies,
        ConfigurationKinds.Calendars => Calendars,
        ConfigurationKinds.EscalationMatrix => EscalationMatrix,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown configuration kind."),
    };

    public DocumentSet With<T>(string kind, IReadOnlyList<T> items) => kind switch
    {
        ConfigurationKinds.Categories => this with { Categories = Cast<CategoryDocument, T>(items) },
        ConfigurationKinds.RoutingRules => this with { RoutingRules = Cast<RoutingRuleDocument, T>(items) },
        ConfigurationKinds.SlaPolicies => this with { SlaPolicies = Cast<SlaPolicyDocument, T>(items) },
        ConfigurationKinds.Calendars => this with { Calendars = Cast<CalendarDocument, T>(items) },
        ConfigurationKinds.EscalationMatrix => this with { EscalationMatrix = Cast<EscalationEntryDocument, T>(items) },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown configuration kind."),
    };

    public ConfiguredProcess ToProcess() => new(
        new CategoryTree(Categories.Select(category => category.ToDomain())),
        new RoutingTable(RoutingRules.Select(rule => rule.ToDomain())),
        new SlaPolicyBook(SlaPolicies.Select(policy => policy.ToDomain())),
        new CalendarCatalog(Calendars.Select(calendar => calendar.ToDomain())),
        new EscalationMatrix(EscalationMatrix.Select(entry => entry.ToDomain())));

    private static IReadOnlyList<T> Read<T>(Dictionary<string, string> documents, string kind, IReadOnlyList<T> fallback) =>
        documents.TryGetValue(kind, out var json) ? StoredJson.Deserialize<List<T>>(json) : fallback;

    private static IReadOnlyList<TDocument> Cast<TDocument, T>(IReadOnlyList<T> items) =>
        items as IReadOnlyList<TDocument> ?? throw new ArgumentException($"Expected {typeof(TDocument).Name} items.", nameof(items));

    private static DocumentSet CreateDefaults()
    {
        var calendars = CalendarCatalog.Defaults();
        var businessDay = calendars.Get(CalendarCatalog.BusinessHoursId).WorkingDayLength;
        return new DocumentSet(
            [.. CategoryTree.Defaults.Categories.Select(CategoryDocument.From)],
            [.. RoutingTable.Defaults.Rules.Select(RoutingRuleDocument.From)],
            [.. SlaPolicyBook.Defaults(businessDay).Policies.Select(SlaPolicyDocument.From)],
            [.. calendars.All.OrderBy(calendar => calendar.Id, StringComparer.Ordinal).Select(CalendarDocument.From)],
            [.. Incidents.Escalation.EscalationMatrix.Defaults.Entries.Select(EscalationEntryDocument.From)]);
    }
}
