namespace NewsBot.Core.Documents;

/// <summary>
/// Who may see a discussion: every guild (<see cref="Shared"/>, e.g. the documents folder) or the one guild that added it
/// (<see cref="Guild"/>, e.g. from Discord). A guild sees the shared discussions and its own, never another guild's.
/// </summary>
public readonly record struct DiscussionScope
{
    private DiscussionScope(ulong? guildId) => GuildId = guildId;

    /// <summary>Seen by every guild.</summary>
    public static DiscussionScope Shared => default;

    /// <summary>Seen only by <paramref name="guildId"/>.</summary>
    public static DiscussionScope Guild(ulong guildId) => new(guildId);

    /// <summary>The owning guild, or null when shared.</summary>
    public ulong? GuildId { get; }

    public bool IsShared => GuildId is null;

    /// <summary>Whether a request from <paramref name="guildId"/> (null: no guild, e.g. a DM) may see it.</summary>
    public bool IsVisibleTo(ulong? guildId) => GuildId is null || GuildId == guildId;

    public override string ToString() => GuildId is { } guild ? $"guild {guild}" : "shared";
}
