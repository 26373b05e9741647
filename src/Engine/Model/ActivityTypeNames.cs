using System.Text;

namespace IncidentWorkflows.Engine.Model;

/// <summary>Elsa names a workflow used as an activity after its definition name in PascalCase ("Subworkflow test" → "SubworkflowTest").</summary>
public static class ActivityTypeNames
{
    public static string? FromDefinitionName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;

        var builder = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '-' && c != '_')
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
