namespace IncidentWorkflows.Host.Auth;

/// <summary>Roles and groups (a group is a role here: an engineer is in "engineer-l2", a security officer in "iso-l1").</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string ProcessOwner = "process-owner";
    public const string ServiceManager = "service-manager";
    public const string EngineerL1 = "engineer-l1";
    public const string EngineerL2 = "engineer-l2";
    public const string EngineerL3 = "engineer-l3";
    public const string IsoL1 = "iso-l1";
    public const string IsoL2 = "iso-l2";
    public const string IsoL3 = "iso-l3";
    public const string Requester = "requester";
    public const string Integration = "integration";

    public static readonly string[] All = [Admin, ProcessOwner, ServiceManager, EngineerL1, EngineerL2, EngineerL3, IsoL1, IsoL2, IsoL3, Requester, Integration];

    public static readonly string[] Engineers = [EngineerL1, EngineerL2, EngineerL3];
    public static readonly string[] SecurityOfficers = [IsoL1, IsoL2, IsoL3];

    /// <summary>The operations side: everyone who works tickets and sees internal notes.</summary>
    public static readonly string[] Staff = [Admin, ProcessOwner, ServiceManager, .. Engineers, .. SecurityOfficers];

    /// <summary>What each role may do, as <c>GET /api/roles</c> and the README's table tell administrators.</summary>
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Admin] = "Manages users, roles and API keys; passes every policy.",
        [ProcessOwner] = "Edits, publishes and retracts workflow definitions; runs and operates instances.",
        [ServiceManager] = "Runs and operates incident workflows (start, resume, cancel, retry, journals).",
        [EngineerL1] = "First-line engineer: runs and operates incident workflows.",
        [EngineerL2] = "Second-line engineer: runs and operates incident workflows.",
        [EngineerL3] = "Third-line engineer: runs and operates incident workflows.",
        [IsoL1] = "Security officer, first line: runs and operates security incident workflows.",
        [IsoL2] = "Security officer, second line: runs and operates security incident workflows.",
        [IsoL3] = "Security officer, third line: runs and operates security incident workflows.",
        [Requester] = "Reports incidents and follows their own; no workflow operations. Self-registered accounts get only this role.",
        [Integration] = "Machines such as monitoring systems, usually through an API key: start workflows, resume bookmarks, trigger events.",
    };

    public static bool IsKnown(string role) => Descriptions.ContainsKey(role);
}
