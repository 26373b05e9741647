namespace IncidentWorkflows.Host.Notifications;

/// <summary>The <c>Notifications</c> configuration section: templates and what every template can show.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>
    /// A folder whose <c>*.liquid</c> files replace the shipped templates of the same name, part by part (relative
    /// paths are from the content root). Unset: only the shipped templates.
    /// </summary>
    public string? TemplateFolder { get; set; }

    /// <summary>Base address of the requester portal; <c>links.ticket</c> defaults to <c>{PortalUrl}/tickets/{number}</c>.</summary>
    public string? PortalUrl { get; set; }

    /// <summary>The name templates sign with (<c>desk.name</c>).</summary>
    public string ServiceDeskName { get; set; } = "Service Desk";
}
