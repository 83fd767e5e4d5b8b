namespace NewsBot.Companion;

/// <summary>A guild's companion settings: the live thread on or off (default on), and where moderators get the question queue.</summary>
public sealed record CompanionSettings(ulong GuildId, bool LiveThread, ulong? ModeratorChannelId)
{
    public static CompanionSettings Default(ulong guildId) => new(guildId, LiveThread: true, ModeratorChannelId: null);
}
