using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Persistence.Tickets;

namespace IncidentWorkflows.Activities.Signals;

/// <summary>The bookmark an activity holds to be woken when its ticket changes outside it.</summary>
internal static class TicketChangedBookmark
{
    public static Bookmark Create(ActivityExecutionContext context, string ticket) =>
        context.CreateBookmark(TicketChangedSignal.StimulusName, TicketChangedSignal.BookmarkPayload(ticket));

    public static bool Is(Bookmark bookmark) => bookmark.Name == TicketChangedSignal.StimulusName;
}
