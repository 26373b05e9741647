namespace IncidentWorkflows.Incidents.Triage;

/// <summary>Stable ids of the matrix criteria (process.md §3), one per line of the matrices, most severe first.</summary>
public static class TriageCriteria
{
    public const string S1ProductionOutage = "s1-production-outage";
    public const string S1SeveralPartnersConnectivity = "s1-several-partners-connectivity";
    public const string S1MajorFinancialRisk = "s1-major-financial-risk";
    public const string S1MajorSecurityImpact = "s1-major-security-impact";
    public const string S2PartialOutage = "s2-partial-outage";
    public const string S2KeyFunctionalityNoWorkaround = "s2-key-functionality-no-workaround";
    public const string S3KeyFunctionalityWithWorkaround = "s3-key-functionality-with-workaround";
    public const string S3MinorFunctionalImpact = "s3-minor-functional-impact";
    public const string S3MinorSecurityImpact = "s3-minor-security-impact";
    public const string S4NoFunctionalImpact = "s4-no-functional-impact";

    public const string P1MajorityOfRecipientUsers = "p1-majority-of-recipient-users";
    public const string P1OutsideRecipient = "p1-outside-recipient";
    public const string P2MoreThanTenUsers = "p2-more-than-ten-users";
    public const string P2PowerUserAndBusinessUnit = "p2-power-user-and-business-unit";
    public const string P3SingleUser = "p3-single-user";
    public const string P3FewerThanTenUsers = "p3-fewer-than-ten-users";
    public const string P3AtMostAQuarterOfUsers = "p3-at-most-a-quarter-of-users";
    public const string P3UsersUnableToWork = "p3-users-unable-to-work";
    public const string P4ReducedFunctionalityWithWorkaround = "p4-reduced-functionality-with-workaround";
    public const string P4NoUserBlocked = "p4-no-user-blocked";

    /// <summary>The criterion recorded when an engineer overrides the proposal.</summary>
    public const string EngineerOverride = "engineer-override";
}
