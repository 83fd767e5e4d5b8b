namespace NewsBot.DiscordAdapters;

/// <summary>How the bot presents itself to Discord (section <c>Bot</c>).</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Register the slash commands when the gateway is ready (skipped when Discord already has them as wanted).</summary>
    public bool RegisterCommands { get; set; } = true;

    /// <summary>
    /// How long the registration waits once the application id is known (READY): the first interactions after a start
    /// are then answered without the registration's requests and, under the JIT, its compilation beside them. Zero
    /// registers at once.
    /// </summary>
    public TimeSpan CommandRegistrationDelay { get; set; } = DefaultCommandRegistrationDelay;

    /// <summary>The default of <see cref="CommandRegistrationDelay"/>.</summary>
    public static readonly TimeSpan DefaultCommandRegistrationDelay = TimeSpan.FromSeconds(2);

    /// <summary>Also register the commands in these guilds: guild commands show up at once, global ones may take a while.</summary>
    public IList<ulong> CommandGuildIds { get; } = [];
}
