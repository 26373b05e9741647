namespace IncidentWorkflows.Engine.Expressions.JavaScript;

/// <summary>Which names can appear in generated accessor names such as <c>getOrderId()</c>.</summary>
internal static class Identifiers
{
    // ASCII plus letters is enough for workflow names; exotic Unicode identifier classes are not worth a parser here.
    public static bool IsValid(string name)
    {
        if (name.Length == 0 || !IsStart(name[0]))
            return false;
        for (var i = 1; i < name.Length; i++)
        {
            if (!IsStart(name[i]) && !char.IsDigit(name[i]))
                return false;
        }
        return true;
    }

    private static bool IsStart(char c) => c == '_' || c == '$' || char.IsLetter(c);
}
