using NewsBot.Texts;

namespace NewsBot.Commands;

/// <summary>A top-level slash command (Discord's CHAT_INPUT application command) as the bot registers it.</summary>
/// <param name="Name">Lowercase, 1–32 characters, matching <c>^[-_\p{Ll}\p{N}]{1,32}$</c>.</param>
/// <param name="Description">1–100 characters, English (the default locale).</param>
/// <param name="Options">Options or subcommands (at most 25).</param>
public sealed record SlashCommandDefinition(string Name, string Description, IReadOnlyList<SlashCommandOption> Options)
{
    public IReadOnlyDictionary<string, string> NameLocalizations { get; init; } = Localizations.None;

    public IReadOnlyDictionary<string, string> DescriptionLocalizations { get; init; } = Localizations.None;

    /// <summary>Discord's default_member_permissions bitfield; null = everyone may use it.</summary>
    public ulong? DefaultMemberPermissions { get; init; }

    /// <summary>Only usable in guilds (Discord contexts = [GUILD] and no DMs).</summary>
    public bool GuildOnly { get; init; }

    /// <summary>The name a reader of <paramref name="language"/> sees in Discord.</summary>
    public string NameIn(BotLanguage language) =>
        language == BotLanguage.German && NameLocalizations.TryGetValue("de", out var german) ? german : Name;
}
