using IncidentWorkflows.Incidents.SecurityIncidents;

namespace IncidentWorkflows.Incidents.Tickets;

public sealed partial class Ticket
{
    /// <summary>
    /// What the response team learned (or a reference to the Security Incident Report's section), mandatory with the root
    /// cause before closing S1 and security tickets (process.md §1, §7 step 8c).
    /// </summary>
    public string? LessonsLearned { get; private set; }

    public Outcome RecordLessonsLearned(string lessonsLearned, Actor by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(lessonsLearned))
        {
            return Outcome.Refused(RuleIds.TextRequired, "Describe the lessons learned or reference the report's section.");
        }

        Record(by, at, TimelineSubjects.LessonsLearned, LessonsLearned, lessonsLearned);
        LessonsLearned = lessonsLearned;
        return Outcome.Accepted;
    }

    /// <summary>
    /// The ticket of a security incident carries no sensitive detail (process.md §1): its public texts reach the requester,
    /// a public channel where only TLP:CLEAR content may go, so an indicator of compromise in one is refused. Internal
    /// notes are not checked; the Security Incident Report is the place for indicators.
    /// </summary>
    internal Refusal? RefuseIndicatorsInPublicText(string? text, string what)
    {
        if (!IsSecurity || IndicatorExtractor.Extract(text) is not { Count: > 0 } found)
        {
            return null;
        }

        var kinds = string.Join(", ", found.Select(indicator => indicator.Kind).Distinct());
        return new Refusal(RuleIds.IndicatorInPublicText,
            $"{DisplayNumber} is a security ticket: {what} reaches the requester and may not contain indicators of compromise ({kinds}). Put them in the Security Incident Report.");
    }

    /// <summary>Root cause and lessons learned: what S1 and security tickets need before they close.</summary>
    internal Refusal? RefuseCloseWithoutAnalysis()
    {
        if (Severity != Severity.S1 && !IsSecurity)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(RootCause))
        {
            return new Refusal(RuleIds.RootCauseRequired, "S1 and security tickets need a root cause analysis before they can be closed.");
        }

        return string.IsNullOrWhiteSpace(LessonsLearned)
            ? new Refusal(RuleIds.LessonsLearnedRequired, "S1 and security tickets need their lessons learned recorded before they can be closed.")
            : null;
    }
}
