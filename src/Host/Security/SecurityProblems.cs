namespace IncidentWorkflows.Host.Security;

/// <summary>The stable problem types of the security endpoints (<c>https://incidentworkflows.dev/problems/NAME</c>).</summary>
public static class SecurityProblems
{
    public const string Restricted = "security-restricted";
    public const string NotSecurityTicket = "not-a-security-ticket";
    public const string ReportNotFound = "security-report-not-found";
    public const string ReportChanged = "security-report-changed";
    public const string InvalidValue = "security-invalid-value";
    public const string EvidenceNotFound = "evidence-not-found";
    public const string EvidenceHashMismatch = "evidence-hash-mismatch";
    public const string ContainmentNotFound = "containment-action-not-found";
    public const string LockdownNotOpen = "lockdown-not-open";
}
