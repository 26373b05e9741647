using IncidentWorkflows.Host.Alerts.Delivery;
using IncidentWorkflows.Host.Alerts.Parsing;
using IncidentWorkflows.Persistence.Alerts.Intake;
using IncidentWorkflows.Persistence.Alerts.Integrations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IncidentWorkflows.Host.Alerts;

/// <summary>
/// <c>POST /api/alerts/{integration}</c>. In this order, so that a refused request costs little and leaves nothing:
/// the key (401, before the body is read), the rate limit (429), the size (413), the signature when required (401),
/// the payload (400 naming the field), then one transaction for everything the delivery does, and 202 after its commit.
/// </summary>
public static class ReceiveAlert
{
    public static async Task<Results<Accepted<AlertReceipt>, ProblemHttpResult>> HandleAsync(
        string integration,
        HttpContext http,
        IntegrationDirectory directory,
        DeliveryRateLimiter limiter,
        SignatureCheck signatures,
        AlertParsers parsers,
        AlertIntake intake,
        CancellationToken cancellationToken)
    {
        // An unknown integration and a wrong key answer alike: the answer does not tell which names exist.
        if (await directory.FindAsync(integration, cancellationToken) is not { } access || !IntegrationKeyCheck.Accepts(http.Request, access))
            return DeliveryProblems.Unauthorized("unauthorized", "Send one of the integration's keys as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'.");

        var settings = access.Integration.Settings;
        if (limiter.TryAcquire(access.Integration.Id, settings.RateLimitPerMinute) is { } retryAfter)
            return DeliveryProblems.RateLimited(http.Response, retryAfter, settings.RateLimitPerMinute);

        if (await BodyReader.ReadAsync(http.Request, settings.MaxBodyBytes, cancellationToken) is not { } body)
            return DeliveryProblems.TooLarge(settings.MaxBodyBytes);

        if (access.SigningSecret is { } secret && signatures.Verify(http.Request, access.Integration.Id, secret, body) is { } refused)
            return DeliveryProblems.Unauthorized(refused.Rule, refused.Message);

        var batch = parsers.Parse(access.Integration.Source, body);
        var receipt = await intake.AcceptAsync(access.Integration, batch, RawPayload.From(body, settings.MaxStoredPayloadBytes), cancellationToken);
        return TypedResults.Accepted((string?)null, receipt);
    }
}
