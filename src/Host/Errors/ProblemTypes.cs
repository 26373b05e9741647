namespace IncidentWorkflows.Host.Errors;

/// <summary>
/// The stable <c>type</c> URIs of every error the API answers with. A type is
/// <c>https://incidentworkflows.dev/problems/{name}</c> where the name is the runtime's error type
/// (<c>bookmark-consumed</c>, <c>invalid-definition</c>, ...) or one of the HTTP-level names below; clients switch on it.
/// </summary>
public static class ProblemTypes
{
    public const string BaseUri = "https://incidentworkflows.dev/problems/";

    public const string BadRequest = "bad-request";
    public const string InvalidJson = "invalid-json";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not-found";
    public const string MethodNotAllowed = "method-not-allowed";
    public const string Conflict = "conflict";
    public const string UnsupportedMediaType = "unsupported-media-type";
    public const string InternalError = "internal-error";

    public static string Uri(string name) => BaseUri + name;

    /// <summary>The generic type for a status when nothing more specific is known (framework-made problems).</summary>
    public static string ForStatus(int status) => Uri(status switch
    {
        StatusCodes.Status400BadRequest => BadRequest,
        StatusCodes.Status401Unauthorized => Unauthorized,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status409Conflict => Conflict,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        >= 500 => InternalError,
        _ => $"http-{status}",
    });

    /// <summary>A short title from a type name: "bookmark-consumed" becomes "Bookmark consumed".</summary>
    public static string Title(string name) =>
        name.Length == 0 ? "Error" : char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ');
}
