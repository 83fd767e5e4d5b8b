using NewsBot.Messages;

namespace NewsBot.Commands.OwnDiscussions;

/// <summary>
/// /discussions (/diskussionen): a server's moderators add discussions of their own — from an attached file, a web page
/// or pasted text, each first previewed — list, show and remove them, and follow feeds. Guild only; hidden from members
/// without Manage Server and checked again on every use. Every answer is seen by the moderator only, in their language.
/// The subcommands come in groups (<see cref="IDiscussionsSubcommands"/>); this command gates and routes to them.
/// </summary>
internal sealed class DiscussionsCommand(OwnDiscussionSubcommands own, FeedSubcommands feeds) : ISlashCommand
{
    public const string Name = "discussions";

    private readonly IReadOnlyList<IDiscussionsSubcommands> _groups = [own, feeds];

    public SlashCommandDefinition Definition { get; } = new(Name, "Moderators: add, list, show and remove this server's discussions; follow feeds",
        [.. own.Definitions, .. feeds.Definitions])
    {
        NameLocalizations = Localizations.German("diskussionen"),
        DescriptionLocalizations = Localizations.German("Für Moderatoren: eigene Diskussionen hinzufügen, auflisten, zeigen, entfernen; Feeds folgen"),
        DefaultMemberPermissions = Permissions.ManageGuild,
        GuildOnly = true,
    };

    public HelpLine Help { get; } = new(
        "For moderators: add this server's own discussions from a file, a web page or text; list, show, remove them; follow feeds.",
        "Für Moderatoren: eigene Diskussionen aus Datei, Webseite oder Text hinzufügen; auflisten, zeigen, entfernen; Feeds folgen.");

    public bool DefersEphemeral(CommandContext context) => true;

    public BotModal? ModalFor(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Subcommand == "add text" && context.GuildId is not null && ModeratorCheck.IsModerator(context.MemberPermissions)
            ? PastedTextModal.For(ReplyTexts.Ephemeral(context).Language)
            : null;
    }

    public async ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = ReplyTexts.Ephemeral(context);
        if (context.GuildId is not { } guildId)
            return BotMessage.Text(texts.GuildOnly, ephemeral: true);
        if (!ModeratorCheck.IsModerator(context.MemberPermissions))
            return BotMessage.Text(texts.NotAllowed, ephemeral: true);
        return GroupOf(context) is { } group
            ? await group.HandleAsync(context, guildId, texts.Language, cancellationToken)
            : BotMessage.Text(texts.UnknownCommand, ephemeral: true);
    }

    /// <summary>Suggestions for moderators only, from the subcommand's group.</summary>
    public async ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GuildId is not { } guildId || !ModeratorCheck.IsModerator(context.MemberPermissions) || GroupOf(context) is not { } group)
            return [];
        return await group.AutocompleteAsync(context, guildId, cancellationToken);
    }

    private IDiscussionsSubcommands? GroupOf(CommandContext context) => _groups.FirstOrDefault(g => g.Handles(context.Subcommand));
}
