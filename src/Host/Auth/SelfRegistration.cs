using IncidentWorkflows.Host.Errors;
using IncidentWorkflows.Persistence.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Auth;

/// <summary>
/// Identity's <c>/api/auth/register</c> lets anyone create an account. Here such an account is a requester and
/// nothing more (every other role is given by an administrator), and <c>Auth:AllowSelfRegistration=false</c> closes
/// the endpoint.
/// </summary>
internal static class SelfRegistration
{
    /// <summary>Applies to the register endpoint only, recognised by its request type.</summary>
    public static EndpointFilterDelegate Filter(EndpointFilterFactoryContext factory, EndpointFilterDelegate next) =>
        factory.MethodInfo.GetParameters().Any(p => p.ParameterType == typeof(RegisterRequest))
            ? context => RegisterAsync(context, next)
            : next;

    private static async ValueTask<object?> RegisterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        if (!services.GetRequiredService<IOptions<AuthOptions>>().Value.AllowSelfRegistration)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                type: ProblemTypes.Uri("self-registration-disabled"),
                title: "Self-registration is disabled",
                detail: "An administrator creates accounts on this server (POST /api/users).");
        }

        var result = await next(context);
        if (result is INestedHttpResult { Result: Ok } && context.Arguments.OfType<RegisterRequest>().FirstOrDefault() is { } request)
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(request.Email)
                ?? throw new InvalidOperationException("The account registered a moment ago was not found.");
            var added = await users.AddToRoleAsync(user, Roles.Requester);
            if (!added.Succeeded)
                throw new InvalidOperationException($"Could not make {request.Email} a requester: {string.Join("; ", added.Errors.Select(e => e.Description))}");
        }

        return result;
    }
}
