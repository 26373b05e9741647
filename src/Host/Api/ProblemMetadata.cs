using Microsoft.AspNetCore.Mvc;

namespace IncidentWorkflows.Host.Api;

public static class ProblemMetadata
{
    /// <summary>
    /// Declares, for the OpenAPI document, the error statuses an endpoint or a whole group answers with as ProblemDetails.
    /// Works on groups too (the framework's ProducesProblem is for single endpoints).
    /// </summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        return builder;
    }
}
