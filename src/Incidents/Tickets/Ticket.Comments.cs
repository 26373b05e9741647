namespace IncidentWorkflows.Incidents.Tickets;

public sealed partial class Ticket
{
    /// <summary>
    /// Adds a public update or an internal note. A staff member's first public update is the first response. After the
    /// ticket ended only internal notes are accepted: nobody is listening on the public side any more.
    /// </summary>
    public Outcome<Comment> AddComment(string text, Visibility visibility, Actor by, DateTimeOffset at)
    {
        if (visibility == Visibility.Public && RefuseWhenEnded("a public update") is { } refusal)
        {
            return Outcome<Comment>.Refused(refusal);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Outcome<Comment>.Refused(new(RuleIds.TextRequired, "A comment needs a text."));
        }

        if (visibility == Visibility.Public && RefuseIndicatorsInPublicText(text, "a public comment") is { } sensitive)
        {
            return Outcome<Comment>.Refused(sensitive);
        }

        var comment = new Comment(Guid.CreateVersion7(at), at, by.Id, by.Role, text, visibility);
        comments.Add(comment);
        Record(by, at, TimelineSubjects.Comment, null, comment.Id.ToString(), null, visibility);
        if (visibility == Visibility.Public && by.Role == ActorRole.Staff)
        {
            RespondFirst(by, at);
        }

        return Outcome<Comment>.Accepted(comment);
    }
}
