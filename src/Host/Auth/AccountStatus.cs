namespace IncidentWorkflows.Host.Auth;

/// <summary>The signed-in account as read by <see cref="UserSessionMiddleware"/>, kept on the request so handlers need not read it again.</summary>
public sealed record AccountStatus(bool MustChangePassword);
