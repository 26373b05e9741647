using IncidentWorkflows.Incidents.Tickets;
using static IncidentWorkflows.Incidents.Triage.TriageCriteria;

namespace IncidentWorkflows.Incidents.Triage;

/// <summary>
/// The categorization matrix of process.md §3. Criteria are tried from S1 down, in the matrix's order; the first that
/// holds decides, so the explanation names the most severe reason.
/// </summary>
public static class SeverityMatrix
{
    public static SeverityAssessment Assess(SeverityFacts facts)
    {
        if (facts.Outage == OutageScope.ProductionOutage)
        {
            return new(Severity.S1, S1ProductionOutage, "S1 because of a production outage: normal operation is not possible.");
        }

        if (facts.SeveralPartnersLostConnectivity)
        {
            return new(Severity.S1, S1SeveralPartnersConnectivity, "S1 because of a major outage including the connectivity of several partners.");
        }

        if (facts.MajorFinancialRisk)
        {
            return new(Severity.S1, S1MajorFinancialRisk, "S1 because of a major financial risk with contractual implications.");
        }

        if (facts.SecurityImpact == SecurityImpact.Major)
        {
            return new(Severity.S1, S1MajorSecurityImpact, "S1 because of a security incident with major impact on the privacy or availability of the platform, partners or customer data.");
        }

        return AssessBelowCritical(facts);
    }

    private static SeverityAssessment AssessBelowCritical(SeverityFacts facts)
    {
        if (facts.Outage == OutageScope.Partial)
        {
            return new(Severity.S2, S2PartialOutage, "S2 because of a partial outage.");
        }

        if (facts.FunctionalImpact == FunctionalImpact.KeyFunctionalityImpaired)
        {
            return facts.WorkaroundExists
                ? new(Severity.S3, S3KeyFunctionalityWithWorkaround, $"S3 because key functionality is impaired{ForUsers(facts)} but a workaround exists.")
                : new(Severity.S2, S2KeyFunctionalityNoWorkaround, $"S2 because key functionality is impaired{ForUsers(facts)} with no workaround.");
        }

        if (facts.FunctionalImpact == FunctionalImpact.MinorOrModerate)
        {
            return new(Severity.S3, S3MinorFunctionalImpact, $"S3 because of a minor or moderate functional impact{ForUsers(facts)}.");
        }

        if (facts.SecurityImpact == SecurityImpact.Minor)
        {
            return new(Severity.S3, S3MinorSecurityImpact, "S3 because of a security incident with minor impact.");
        }

        return new(Severity.S4, S4NoFunctionalImpact, "S4 because there is (almost) no impact on functionality, but it is a valid bug.");
    }

    private static string ForUsers(SeverityFacts facts) => facts.AffectedUsers switch
    {
        null => "",
        1 => " for one user",
        var users => $" for {users} users",
    };
}
