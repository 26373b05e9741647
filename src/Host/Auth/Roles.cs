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
}
