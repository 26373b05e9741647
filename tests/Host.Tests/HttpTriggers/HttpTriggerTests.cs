using System.Net;
using System.Net.Http.Json;
using IncidentWorkflows.Host.Auth;
using IncidentWorkflows.Host.Tests.Support;
using static IncidentWorkflows.Host.Tests.Support.ApiCalls;

namespace IncidentWorkflows.Host.Tests.HttpTriggers;

public sealed class HttpTriggerTests(KestrelHostFactory factory) : IClassFixture<KestrelHostFactory>
{
    [Fact]
    public async Task Get_CorpusHelloWorld_Returns200HelloWorld()
    {
        using var admin = await factory.CreateAdminClientAsync();
        await admin.ImportAsync(await File.ReadAllTextAsync(RepositoryPaths.ComponentScenario("HttpWorkflows", "http-hello-world.json")));
        using var anonymous = factory.CreateServerClient();

        using var response = await anonymous.GetAsync(Url("/workflows/hello-world"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello World!", await response.Content.ReadAsStringAsync());
        var instances = await admin.GetJsonAsync("/api/workflow-instances?definitionId=f926beb0afc8505e&status=Finished");
        Assert.True(instances.GetProperty("totalCount").GetInt32() >= 1);
    }

    [Fact]
    public async Task Request_UnknownPath_Returns404ProblemDetails()
    {
        using var client = factory.CreateServerClient();

        using var response = await client.GetAsync(Url("/workflows/nothing/here"));

        await ProblemAsync(response, HttpStatusCode.NotFound, "http-endpoint-not-found");
    }

    [Fact]
    public async Task Post_EndpointAcceptingOnlyGet_Returns404()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var path = TestWorkflows.NewId("only-get");
        await admin.ImportAsync(TestWorkflows.HttpTrigger(TestWorkflows.NewId("def"), path, "ok"));
        using var client = factory.CreateServerClient();

        using var response = await client.PostAsync(Url($"/workflows/{path}"), null);

        await ProblemAsync(response, HttpStatusCode.NotFound, "http-endpoint-not-found");
    }

    [Fact]
    public async Task Get_WorkflowWritesStatus_SendsStatusAndTextOfTheWorkflow()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var path = TestWorkflows.NewId("created");
        await admin.ImportAsync(TestWorkflows.HttpTrigger(TestWorkflows.NewId("def"), path, "made it"));
        using var client = factory.CreateServerClient();

        using var response = await client.GetAsync(Url($"/workflows/{path.ToUpperInvariant()}/"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("made it", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_AuthorizeEndpoint_AnonymousGets401AndSignedInCallerGetsThrough()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var path = TestWorkflows.NewId("secured");
        await admin.ImportAsync(TestWorkflows.HttpTrigger(TestWorkflows.NewId("def"), path, "secret", authorize: true));
        using var anonymous = factory.CreateServerClient();
        using var requester = await factory.CreateClientWithRolesAsync(Roles.Requester);

        using var denied = await anonymous.GetAsync(Url($"/workflows/{path}"));
        using var allowed = await requester.GetAsync(Url($"/workflows/{path}"));

        await ProblemAsync(denied, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
    }

    [Fact]
    public async Task Get_EndpointWithPolicy_CallerWithoutItGets403()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var path = TestWorkflows.NewId("policy");
        await admin.ImportAsync(TestWorkflows.HttpTrigger(TestWorkflows.NewId("def"), path, "operators only", authorize: true, policy: Policies.Operator));
        using var requester = await factory.CreateClientWithRolesAsync(Roles.Requester);

        using var denied = await requester.GetAsync(Url($"/workflows/{path}"));
        using var allowed = await admin.GetAsync(Url($"/workflows/{path}"));

        await ProblemAsync(denied, HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
    }

    [Fact]
    public async Task Post_InstanceWaitingOnEndpoint_ResumesItWithTheBody()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var (id, path) = (TestWorkflows.NewId("wait-http"), TestWorkflows.NewId("callback"));
        await admin.ImportAsync(TestWorkflows.WaitForHttp(id, path));
        var started = await admin.ExecuteAsync(id);
        Assert.Equal("Suspended", started.GetProperty("subStatus").GetString());
        using var client = factory.CreateServerClient();

        using var response = await client.PostAsJsonAsync(Url($"/workflows/{path}"), new { name = "Ada" });
        using var again = await client.PostAsJsonAsync(Url($"/workflows/{path}"), new { name = "Bob" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("hi Ada", await response.Content.ReadAsStringAsync());
        await ProblemAsync(again, HttpStatusCode.NotFound, "http-endpoint-not-found");
        var instance = await admin.GetJsonAsync($"/api/workflow-instances/{started.GetProperty("id").GetString()}");
        Assert.Equal("Finished", instance.GetProperty("subStatus").GetString());
    }

    [Fact]
    public async Task Get_PathWithPlaceholder_PassesRouteValueToTheWorkflow()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var prefix = TestWorkflows.NewId("orders");
        await admin.ImportAsync(TestWorkflows.HttpRouteEcho(TestWorkflows.NewId("def"), prefix + "/{id}"));
        using var client = factory.CreateServerClient();

        using var response = await client.GetAsync(Url($"/workflows/{prefix}/A-17"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("order A-17", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_MalformedJsonToEndpoint_Returns400()
    {
        using var admin = await factory.CreateAdminClientAsync();
        var (id, path) = (TestWorkflows.NewId("wait-bad"), TestWorkflows.NewId("bad-json"));
        await admin.ImportAsync(TestWorkflows.WaitForHttp(id, path));
        await admin.ExecuteAsync(id);
        using var client = factory.CreateServerClient();

        using var response = await client.PostAsync(Url($"/workflows/{path}"), Json("{ \"name\": "));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "invalid-json");
    }
}
