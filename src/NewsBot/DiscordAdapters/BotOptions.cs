namespace NewsBot.DiscordAdapters;

/// <summary>How the bot presents itself to Discord (section <c>Bot</c>).</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Register the slash commands when the gateway is ready (skipped when Discord already has them as wanted).</summary>
    public bool RegisterCommands { get; set; } = true;

    /// <summary>Also register the commands in these guilds: guild commands show up at once, global ones may take a while.</summary>
    public IList<ulong> CommandGuildIds { get; } = [];
}
