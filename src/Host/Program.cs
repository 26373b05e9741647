using IncidentWorkflows.Host.Activities;
using IncidentWorkflows.Host.Admin;
using IncidentWorkflows.Host.Alerts;
using IncidentWorkflows.Host.Api;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Host.Bookmarks;
using IncidentWorkflows.Host.Cli;
using IncidentWorkflows.Host.Configuration;
using IncidentWorkflows.Host.Definitions;
using IncidentWorkflows.Host.Errors;
using IncidentWorkflows.Host.Events;
using IncidentWorkflows.Host.Health;
using IncidentWorkflows.Host.HttpTriggers;
using IncidentWorkflows.Host.Instances;
using IncidentWorkflows.Host.Logging;
using IncidentWorkflows.Host.Notifications;
using IncidentWorkflows.Host.OpenApi;
using IncidentWorkflows.Host.Runtime;
using IncidentWorkflows.Host.Security;
using IncidentWorkflows.Host.Tasks;
using IncidentWorkflows.Host.Tickets;
using IncidentWorkflows.Host.Web;
using IncidentWorkflows.Host.Workflows;

// Command-line verbs (validate, run) never build the web host: no server, no log noise on stdout.
var verbArgs = LaunchArguments.WithoutContentRoot(args);
if (CliApp.IsVerb(verbArgs))
    return await new CliApp(Console.Out, Console.Error, TimeProvider.System).RunAsync(verbArgs);

var builder = WebApplication.CreateBuilder(args);

builder.AddHostLogging();
builder.Services.AddErrorHandling();
builder.Services.AddApiJson();
builder.Services.AddHealth();
builder.Services.AddApiDocumentation();
builder.Services.AddWorkflowEngine();
builder.AddDurableRuntime();
builder.AddNotifications();
builder.Services.AddHttpTriggers();
builder.Services.AddTicketApi();
builder.Services.AddTaskInbox();
builder.Services.AddAlertIntake();
builder.AddSecurityIncidents();
builder.AddAuth();
builder.Services.AddWebApp();

var app = builder.Build();

// Request logging outside the error handling, so the summary shows the status the caller got (409 for a refused
// transition), not the exception on its way to becoming that answer.
app.UseHostRequestLogging();
app.UseErrorHandling();
app.UseWebApp();
app.UseAuth();

app.MapHealthEndpoints();
app.MapApiDocumentation();
app.MapAuthEndpoints();
app.MapAdminEndpoints();
app.MapActivityDescriptorEndpoints();
app.MapWorkflowDefinitionEndpoints();
app.MapWorkflowInstanceEndpoints();
app.MapBookmarkEndpoints();
app.MapEventEndpoints();
app.MapHttpTriggerEndpoints();
app.MapTicketEndpoints();
app.MapTaskEndpoints();
app.MapSecurityEndpoints();
app.MapProcessConfigurationEndpoints();
app.MapWebApp();
app.MapAlertEndpoints();

await app.RunAsync();
return 0;

/// <summary>Made public so that integration tests can start the host with WebApplicationFactory.</summary>
public partial class Program;
