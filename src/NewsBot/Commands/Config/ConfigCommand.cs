using NewsBot.Commands.Discussions;
using NewsBot.Messages;

namespace NewsBot.Commands.Config;

/// <summary>
/// /config: moderator settings. Guild only; Discord hides it from members without Manage Server, and it re-checks
/// Manage Server or Administrator on receipt, because server owners can override the default in Discord's settings.
/// </summary>
internal sealed class ConfigCommand(
    IEnumerable<IConfigSubcommand> subcommands, GuildSettingsChanger changer, DiscussionAutocomplete autocomplete) : ISlashCommand
{
    private readonly IReadOnlyList<IConfigSubcommand> _subcommands = subcommands.ToList();

    public SlashCommandDefinition Definition { get; } = new(
        "config", "Moderator settings: channel, role, reminders, language, time zone", subcommands.Select(s => s.Definition).ToList())
    {
        NameLocalizations = Localizations.German("einstellungen"),
        DescriptionLocalizations = Localizations.German("Einstellungen für Moderatoren: Kanal, Rolle, Erinnerungen, Sprache, Zeitzone"),
        DefaultMemberPermissions = Permissions.ManageGuild,
        GuildOnly = true,
    };

    public HelpLine Help { get; } = new(
        "For moderators: announcement channel, role, reminders, language, events, preview.",
        "Für Moderatoren: Ankündigungskanal, Rolle, Erinnerungen, Sprache, Events, Vorschau.");

    public bool DefersEphemeral(CommandContext context) => true;

    public async ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.Ephemeral(context);
        if (context.GuildId is not { } guildId)
            return BotMessage.Text(texts.GuildOnly, ephemeral: true);
        if ((context.MemberPermissions & (Permissions.ManageGuild | Permissions.Administrator)) == 0)
            return BotMessage.Text(texts.NotAllowed, ephemeral: true);

        var subcommand = _subcommands.FirstOrDefault(s => s.Definition.Name == context.Subcommand);
        if (subcommand is null)
            return BotMessage.Text(texts.UnknownCommand, ephemeral: true);

        var settings = await changer.CurrentAsync(guildId, context.GuildLocale, cancellationToken);
        return await subcommand.HandleAsync(new ConfigRequest(context, guildId, texts, settings), cancellationToken);
    }

    public ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Subcommand == "preview")
            return ValueTask.FromResult(DiscussionOption.Suggest(context, autocomplete));
        return context.GuildId is { } guildId && _subcommands.FirstOrDefault(s => s.Definition.Name == context.Subcommand) is { } subcommand
            ? subcommand.AutocompleteAsync(context, guildId, cancellationToken)
            : ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
    }
}
