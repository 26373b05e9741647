using IncidentWorkflows.Host.Notifications.Email;
using IncidentWorkflows.Host.Notifications.Templates;
using IncidentWorkflows.Host.Notifications.TicketStatus;
using IncidentWorkflows.Persistence.Outbox;
using Microsoft.Extensions.Options;

namespace IncidentWorkflows.Host.Notifications;

public static class NotificationExtensions
{
    /// <summary>Email through the outbox (SMTP or a pickup folder), Liquid notice templates, and the ticket status handler.</summary>
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddNotifications(builder.Configuration, builder.Environment.ContentRootPath);
        return builder;
    }

    /// <summary>The same, for any service collection (tests compose it with the persistence services alone).</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<SmtpOptions>()
            .Bind(configuration.GetSection(SmtpOptions.Section))
            .PostConfigure(o => o.PickupFolder = Path.GetFullPath(o.PickupFolder, contentRoot))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
        services.AddOptions<NotificationOptions>()
            .Bind(configuration.GetSection(NotificationOptions.Section))
            .PostConfigure(o => o.TemplateFolder = string.IsNullOrWhiteSpace(o.TemplateFolder) ? null : Path.GetFullPath(o.TemplateFolder, contentRoot));

        services.AddSingleton<NotificationTemplateStore>();
        services.AddSingleton<NotificationRenderer>();
        services.AddSingleton<NotificationQueue>();
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<SmtpMailTransport>();
        services.AddSingleton<PickupFolderTransport>();
        services.AddSingleton<IOutboxHandler, EmailOutboxHandler>();
        services.AddSingleton<IOutboxHandler, TicketStatusChangedHandler>();
        return services;
    }
}
