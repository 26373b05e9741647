namespace IncidentWorkflows.Engine.Execution;

public sealed partial class WorkflowExecutionContext
{
    /// <summary>Bookmarks created during this burst (the durable runtime indexes them).</summary>
    public IReadOnlyList<Bookmark> CreatedBookmarks => _createdBookmarks;

    /// <summary>Bookmarks consumed or discarded during this burst.</summary>
    public IReadOnlyList<Bookmark> RemovedBookmarks => _removedBookmarks;

    internal Bookmark AddBookmark(ActivityExecutionContext owner, string name, IReadOnlyDictionary<string, string>? payload, DateTimeOffset? resumeAt)
    {
        var bookmark = new Bookmark
        {
            Id = Guid.CreateVersion7(Time.GetUtcNow()).ToString("N"),
            Name = name,
            Hash = BookmarkHasher.Hash(name, payload),
            Payload = payload,
            ActivityId = owner.Activity.Id,
            ActivityNodeId = owner.Activity.NodeId,
            ActivityInstanceId = owner.Id,
            CreatedAt = Time.GetUtcNow(),
            ResumeAt = resumeAt,
        };
        _bookmarks.Add(bookmark);
        _createdBookmarks.Add(bookmark);
        return bookmark;
    }

    internal void RemoveBookmarksOf(ActivityExecutionContext owner)
    {
        for (var i = _bookmarks.Count - 1; i >= 0; i--)
        {
            if (_bookmarks[i].ActivityInstanceId == owner.Id)
                RemoveBookmark(_bookmarks[i]);
        }
    }

    internal void RemoveBookmark(Bookmark bookmark)
    {
        if (!_bookmarks.Remove(bookmark))
            return;
        if (!_createdBookmarks.Remove(bookmark))
            _removedBookmarks.Add(bookmark);
    }

    public Bookmark? FindBookmark(string bookmarkId) => _bookmarks.Find(b => b.Id == bookmarkId);
}
