using System.Text.Json;
using IncidentWorkflows.Host.Tests.Support;

namespace IncidentWorkflows.Host.Tests.Security;

/// <summary>Every step of workflows/security-incident.json says which NIST SP 800-61 phase and CSF 2.0 function it serves.</summary>
public sealed class SecurityWorkflowFileTests
{
    private static readonly string[] NistPhases = ["Preparation", "Detection and Analysis", "Containment, Eradication, and Recovery", "Post-Incident Activity"];
    private static readonly string[] CsfFunctions = ["Govern", "Identify", "Protect", "Detect", "Respond", "Recover"];

    [Fact]
    public void SecurityIncident_EveryNode_CarriesStepNistPhaseAndCsfFunction()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, "security-incident.json")));
        var nodes = document.RootElement.GetProperty("root").GetProperty("activities").EnumerateArray().ToList();

        Assert.All(nodes, node =>
        {
            var procedure = node.GetProperty("metadata").GetProperty("securityProcedure");
            Assert.Contains(procedure.GetProperty("nistPhase").GetString(), NistPhases);
            Assert.Contains(procedure.GetProperty("csfFunction").GetString(), CsfFunctions);
            Assert.False(string.IsNullOrEmpty(procedure.GetProperty("step").GetString()));
        });
        var steps = nodes.Select(n => n.GetProperty("metadata").GetProperty("securityProcedure").GetProperty("step").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "1", "2a", "2b", "2c", "2d", "2e", "3", "4.1a", "4.2a", "4.2b", "4.2c", "5", "6", "6a", "6d", "7", "8a", "8b", "8c", "8d", "8e", "8f", "9" }, steps);
    }

    [Fact]
    public void SecurityIncident_HumanSteps_AreTasksForIsoGroups()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, "security-incident.json")));
        var tasks = document.RootElement.GetProperty("root").GetProperty("activities").EnumerateArray()
            .Where(n => n.GetProperty("type").GetString() == "Incidents.HumanTask").ToList();

        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.StartsWith("iso-l", t.GetProperty("candidateGroup").GetProperty("expression").GetProperty("value").GetString()));
    }
}
