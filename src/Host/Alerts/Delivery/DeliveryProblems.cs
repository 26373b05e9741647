using IncidentWorkflows.Host.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Alerts.Delivery;

/// <summary>The refusals of a delivery that are not about its content: who sent it, how often, how big.</summary>
public static class DeliveryProblems
{
    public static ProblemHttpResult Unauthorized(string rule, string detail) =>
        TypedResults.Problem(ApiExceptionHandler.Create(StatusCodes.Status401Unauthorized, rule, detail));

    public static ProblemHttpResult TooLarge(int maxBytes) =>
        TypedResults.Problem(ApiExceptionHandler.Create(StatusCodes.Status413PayloadTooLarge, "payload-too-large", $"The body is larger than this integration's limit of {maxBytes} bytes."));

    public static ProblemHttpResult RateLimited(HttpResponse response, TimeSpan retryAfter, int perMinute)
    {
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(ApiExceptionHandler.Create(StatusCodes.Status429TooManyRequests, "rate-limited", $"This integration accepts {perMinute} deliveries a minute; try again after Retry-After."));
    }
}
