using Microsoft.AspNetCore.Authorization;

namespace IncidentWorkflows.Host.Auth;

/// <summary>Authorization policies, named after who may act. Admins pass every policy.</summary>
public static class Policies
{
    /// <summary>Edit, publish and retract workflow definitions.</summary>
    public const string ProcessOwner = "process-owner";

    /// <summary>Operate workflow instances: cancel, retry, inspect journals.</summary>
    public const string Operator = "operator";

    /// <summary>Start workflows, resume bookmarks, trigger events: people who run the process and integrations.</summary>
    public const string Runner = "runner";

    /// <summary>Manage users and API keys.</summary>
    public const string Admin = "admin";

    /// <summary>
    /// The operations team (engineers, security officers, service managers, process owners, admins): work tickets (status,
    /// tasks, internal notes, classification, assignment) and read the process configuration.
    /// </summary>
    public const string Staff = "staff";

    /// <summary>
    /// Report tickets and follow them: staff, requesters (who see and act on their own tickets only, through the requester
    /// view) and integrations such as monitoring (which log tickets and read them).
    /// </summary>
    public const string TicketReporter = "ticket-reporter";

    /// <summary>Any authenticated caller (read-only catalog data such as activity descriptors).</summary>
    public const string Authenticated = "authenticated";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(ProcessOwner, p => p.RequireRole(Roles.Admin, Roles.ProcessOwner));
        options.AddPolicy(Operator, p => p.RequireRole([Roles.Admin, Roles.ProcessOwner, Roles.ServiceManager, .. Roles.Engineers, .. Roles.SecurityOfficers]));
        options.AddPolicy(Runner, p => p.RequireRole([Roles.Admin, Roles.ProcessOwner, Roles.ServiceManager, Roles.Integration, .. Roles.Engineers, .. Roles.SecurityOfficers]));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(Staff, p => p.RequireRole(Roles.Staff));
        options.AddPolicy(TicketReporter, p => p.RequireRole([.. Roles.Staff, Roles.Requester, Roles.Integration]));
        options.AddPolicy(Authenticated, p => p.RequireAuthenticatedUser());

        // Every endpoint needs an authenticated caller unless it says otherwise (health, login, OpenAPI).
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
