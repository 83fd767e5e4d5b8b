using NewsBot.Core.Documents;

namespace NewsBot.Commands.Discussions;

/// <summary>The outcome of finding the discussion a command is about.</summary>
internal abstract record DiscussionLookup
{
    private DiscussionLookup() { }

    public sealed record Found(Discussion Discussion) : DiscussionLookup;

    public sealed record Unknown(string Given) : DiscussionLookup;

    public sealed record NoneLoaded : DiscussionLookup;
}
