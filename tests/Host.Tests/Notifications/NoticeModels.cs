using System.Text.Json.Nodes;

namespace IncidentWorkflows.Host.Tests.Notifications;

/// <summary>A model with every field some notice shows, with a title that must come out escaped in HTML.</summary>
public static class NoticeModels
{
    public const string Title = "VPN <down> & \"slow\"";

    public static JsonObject Full() => new()
    {
        ["ticket"] = new JsonObject
        {
            ["number"] = "INC-000123",
            ["title"] = Title,
            ["status"] = "InProgress",
            ["severity"] = "S2",
            ["priority"] = "P2",
            ["group"] = "L1 Infrastructure",
            ["assignee"] = "Bo Berg",
            ["category"] = "Infrastructure / Network",
        },
        ["recipient"] = new JsonObject { ["name"] = "Ann Lee", ["email"] = "ann@example.com" },
        ["oldStatus"] = "New",
        ["newStatus"] = "InProgress",
        ["oldStatusLabel"] = "New",
        ["newStatusLabel"] = "In progress",
        ["update"] = "We are looking at the gateway.",
        ["question"] = "Which office are you connecting from?",
        ["instructions"] = "Reconnect the VPN client and open the intranet.",
        ["resolution"] = "Replaced the gateway certificate.",
        ["autoCloseDays"] = 5,
        ["waitedDays"] = 5,
        ["resolvedAt"] = "2026-03-02 09:00 UTC",
        ["sla"] = new JsonObject
        {
            ["clock"] = "resolution",
            ["target"] = "8 h",
            ["dueAt"] = "2026-03-02 17:00 UTC",
            ["elapsedPercent"] = 75,
            ["breachedAt"] = "2026-03-02 17:00 UTC",
            ["responseDue"] = "2026-03-02 09:30 UTC",
        },
        ["escalation"] = new JsonObject
        {
            ["level"] = "L2",
            ["fromLevel"] = "L1",
            ["toLevel"] = "L2",
            ["group"] = "L2 Network",
            ["reason"] = "Resolution target at risk",
        },
        ["links"] = new JsonObject
        {
            ["ticket"] = "https://desk.example.com/tickets/INC-000123",
            ["reopen"] = "https://desk.example.com/tickets/INC-000123/reopen",
            ["acknowledge"] = "https://desk.example.com/tickets/INC-000123/acknowledge",
            ["reply"] = "https://desk.example.com/tickets/INC-000123/reply",
        },
    };
}
