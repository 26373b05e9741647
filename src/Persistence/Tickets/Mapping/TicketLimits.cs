namespace IncidentWorkflows.Persistence.Tickets.Mapping;

/// <summary>Column lengths, shared with the API's validation so a too-long value is a 400, never a database error.</summary>
public static class TicketLimits
{
    public const int Title = 300;

    /// <summary>Category, group, criterion and other configured names.</summary>
    public const int Name = 100;

    /// <summary>A person or organization: a user name, an e-mail address.</summary>
    public const int Person = 256;

    /// <summary>Free text (description, comment, resolution): generous, but a request cannot fill the database with one field.</summary>
    public const int Text = 20_000;
}
