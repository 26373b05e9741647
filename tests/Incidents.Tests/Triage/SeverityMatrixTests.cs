using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Triage;

namespace IncidentWorkflows.Incidents.Tests.Triage;

/// <summary>One test per criterion of the categorization matrix (process.md §3).</summary>
public class SeverityMatrixTests
{
    [Fact]
    public void Assess_ProductionOutage_IsS1()
    {
        var result = SeverityMatrix.Assess(new SeverityFacts { Outage = OutageScope.ProductionOutage });

        Assert.Equal((Severity.S1, TriageCriteria.S1ProductionOutage), (result.Severity, result.Criterion));
        Assert.StartsWith("S1 because of a production outage", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_SeveralPartnersLostConnectivity_IsS1()
    {
        var result = SeverityMatrix.Assess(new SeverityFacts { SeveralPartnersLostConnectivity = true });

        Assert.Equal((Severity.S1, TriageCriteria.S1SeveralPartnersConnectivity), (result.Severity, result.Criterion));
    }

    [Fact]
    public void Assess_MajorFinancialRiskWithContractualImplications_IsS1()
    {
        var result = SeverityMatrix.Assess(new SeverityFacts { MajorFinancialRisk = true, WorkaroundExists = true });

        Assert.Equal((Severity.S1, TriageCriteria.S1MajorFinancialRisk), (result.Severity, result.Criterion));
    }

    [Fact]
    public void Assess_SecurityIncidentWithMajorImpact_IsS1()
    {
        var result = SeverityMatrix.Assess(new SeverityFacts { SecurityImpact = SecurityImpact.Major });

        Assert.Equal((Severity.S1, TriageCriteria.S1MajorSecurityImpact), (result.Severity, result.Criterion));
    }

    [Fact]
    public void Assess_PartialOutage_IsS2()
    {
        var result = SeverityMatrix.Assess(new SeverityFacts { Outage = OutageScope.Partial, WorkaroundExists = true });

        Assert.Equal((Severity.S2, TriageCriteria.S2PartialOutage), (result.Severity, result.Criterion));
    }

    [Fact]
    public void Assess_KeyFunctionalityImpairedWithoutWorkaround_IsS2()
    {
        var result = SeverityMatrix.Assess(new SeverityFacts { FunctionalImpact = FunctionalImpact.KeyFunctionalityImpaired });

        Assert.Equal((Severity.S2, TriageCriteria.S2KeyFunctionalityNoWorkaround), (result.Severity, result.Criterion));
        Assert.Equal("S2 because key functionality is impaired with no workaround.", result.Explanation);
    }

    [Fact]
    public void Assess_MinorFunctionalImpactForASmallGroup_IsS3AndSaysForWhom()
    {
        var result = SeverityMatrix.Assess(new SeverityFacts { FunctionalImpact = FunctionalImpact.MinorOrModerate, WorkaroundExists = true, AffectedUsers = 3 });

        Assert.Equal((Severity.S3, TriageCriteria.S3MinorFunctionalImpact), (result.Severity, result.Criterion));
        Assert.Equal("S3 because of a minor or moderate functional impact for 3 users.", result.Explanation);
    }

    [Fact]
    public void Assess_KeyFunctionalityImpairedWithWorkaround_IsS3()
    {
        var result = SeverityMatrix.Assess(new SeverityFacts { FunctionalImpact = FunctionalImpact.KeyFunctionalityImpaired, WorkaroundExists = true });

        Assert.Equal((Severity.S3, TriageCriteria.S3KeyFunctionalityWithWorkaround), (result.Severity, result.Criterion));
    }

    [Fact]
    public void Assess_SecurityIncidentWithMinorImpact_IsS3()
    {
        var result = SeverityMatrix.Assess(new SeverityFacts { SecurityImpact = SecurityImpact.Minor });

        Assert.Equal((Severity.S3, TriageCriteria.S3MinorSecurityImpact), (result.Severity, result.Criterion));
    }

    [Fact]
    public void Assess_NoImpactAtAll_IsS4()
    {
        var result = SeverityMatrix.Assess(new SeverityFacts());

        Assert.Equal((Severity.S4, TriageCriteria.S4NoFunctionalImpact), (result.Severity, result.Criterion));
    }

    [Fact]
    public void Assess_SeveralCriteriaHold_TheMostSevereDecides()
    {
        var result = SeverityMatrix.Assess(new SeverityFacts
        {
            Outage = OutageScope.Partial,
            FunctionalImpact = FunctionalImpact.KeyFunctionalityImpaired,
            SecurityImpact = SecurityImpact.Major,
        });

        Assert.Equal((Severity.S1, TriageCriteria.S1MajorSecurityImpact), (result.Severity, result.Criterion));
    }
}
