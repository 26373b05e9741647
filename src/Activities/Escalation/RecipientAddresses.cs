using System.Net.Mail;
using IncidentWorkflows.Incidents.Escalation;
using IncidentWorkflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Activities.Escalation;

/// <summary>
/// Turns escalation-matrix recipients into e-mail addresses, in the burst's transaction: an e-mail address as it is, a
/// user by their user name (an e-mail address here), a role or group by the accounts holding the role of that name.
/// A recipient nobody holds (no <c>group-lead</c> account yet) adds nobody; the timeline still names it.
/// </summary>
internal static class RecipientAddresses
{
    public static async Task<IReadOnlyList<string>> ResolveAsync(WorkflowDbContext db, IEnumerable<NotificationRecipient> recipients, CancellationToken cancellationToken)
    {
        var addresses = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var roles = new List<string>();
        foreach (var recipient in recipients)
        {
            if (recipient.Kind is RecipientKind.Role or RecipientKind.Group)
                roles.Add(recipient.Value.ToUpperInvariant());
            else if (MailAddress.TryCreate(recipient.Value, out var address))
                addresses.Add(address.Address);
        }

        if (roles.Count > 0)
        {
            var holders = await (
                from role in db.Roles
                join userRole in db.UserRoles on role.Id equals userRole.RoleId
                join user in db.Users on userRole.UserId equals user.Id
                where roles.Contains(role.NormalizedName!) && user.Email != null
                select user.Email).ToListAsync(cancellationToken);
            addresses.UnionWith(holders!);
        }

        return [.. addresses];
    }
}
