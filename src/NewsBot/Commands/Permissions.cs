namespace NewsBot.Commands;

/// <summary>The Discord permission bits the commands care about.</summary>
public static class Permissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageGuild = 1UL << 5;
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong AttachFiles = 1UL << 15;
    public const ulong ReadMessageHistory = 1UL << 16;
    public const ulong MentionEveryone = 1UL << 17;
    public const ulong ManageEvents = 1UL << 33;
    public const ulong CreateEvents = 1UL << 44;
    public const ulong CreatePublicThreads = 1UL << 35;
    public const ulong SendMessagesInThreads = 1UL << 38;

    /// <summary>
    /// What the bot needs in the announcement channel to run a live thread on its announcement (Read Message History: to
    /// find its own intro and recap again after a crash).
    /// </summary>
    public const ulong LiveThread = CreatePublicThreads | SendMessagesInThreads | ReadMessageHistory;

    /// <summary>What the bot needs in the announcement channel.</summary>
    public const ulong Announce = ViewChannel | SendMessages | EmbedLinks;

    /// <summary>The named bits of <paramref name="permissions"/>, for messages to moderators.</summary>
    public static IReadOnlyList<string> Names(ulong permissions)
    {
        var names = new List<string>();
        if ((permissions & ViewChannel) != 0) names.Add("View Channel");
        if ((permissions & SendMessages) != 0) names.Add("Send Messages");
        if ((permissions & EmbedLinks) != 0) names.Add("Embed Links");
        if ((permissions & MentionEveryone) != 0) names.Add("Mention Everyone");
        if ((permissions & ManageEvents) != 0) names.Add("Manage Events");
        if ((permissions & ManageGuild) != 0) names.Add("Manage Server");
        if ((permissions & AttachFiles) != 0) names.Add("Attach Files");
        if ((permissions & ReadMessageHistory) != 0) names.Add("Read Message History");
        if ((permissions & CreatePublicThreads) != 0) names.Add("Create Public Threads");
        if ((permissions & SendMessagesInThreads) != 0) names.Add("Send Messages in Threads");
        return names;
    }
}
