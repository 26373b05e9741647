using IncidentWorkflows.Host.Admin.ApiKeys;
using IncidentWorkflows.Host.Admin.Users;
using IncidentWorkflows.Host.Auth;

namespace IncidentWorkflows.Host.Admin;

public static class AdminEndpoints
{
    /// <summary>Users, roles and API keys: administrators only (an admin's API key included).</summary>
    public static WebApplication MapAdminEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Policies.Admin);
        api.MapApiKeyEndpoints();
        api.MapUserEndpoints();
        api.MapRoleEndpoints();
        return app;
    }
}
