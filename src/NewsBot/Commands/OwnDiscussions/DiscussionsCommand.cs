using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.Commands.Discussions;
using NewsBot.Core.Documents;
using NewsBot.GuildDiscussions;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.OwnDiscussions;

/// <summary>
/// /discussions (/diskussionen): a server's moderators add discussions of their own — from an attached file, a web page
/// or pasted text, each first previewed — and list, show and remove them. Guild only; hidden from members without
/// Manage Server and checked again on every use. Every answer is seen by the moderator only, in their language.
/// </summary>
internal sealed class DiscussionsCommand(
    DocumentIntake intake, DraftPreviews previews, IGuildDiscussionStore store, IDiscussionCatalog catalog, IGuildDiscussionReload reload,
    AnnouncedTimes announcedTimes, IOptions<GuildDiscussionsOptions> options, FeedSubcommands feeds) : ISlashCommand
{
    public const string Name = "discussions";
    private const string FileOption = "file";
    private const string UrlOption = "url";
    private const int ListLimit = 4000;

    private static readonly SlashCommandOption OwnDiscussion =
        new(DiscussionOption.Name, "One of this server's own discussions", SlashCommandOptionType.String, Required: true)
        {
            NameLocalizations = Localizations.German("diskussion"),
            DescriptionLocalizations = Localizations.German("Eine der eigenen Diskussionen dieses Servers"),
            Autocomplete = true,
        };

    public SlashCommandDefinition Definition { get; } = new(Name, "Moderators: add, list, show and remove this server's discussions; follow feeds",
    [
        new SlashCommandOption("add", "Add a discussion; you see a preview first", SlashCommandOptionType.SubcommandGroup)
        {
            NameLocalizations = Localizations.German("hinzufügen"),
            DescriptionLocalizations = Localizations.German("Eine Diskussion hinzufügen; zuerst siehst du eine Vorschau"),
            Options =
            [
                new SlashCommandOption("file", "From an announcement file (.txt, .md, .html; at most 256 KiB)", SlashCommandOptionType.Subcommand)
                {
                    NameLocalizations = Localizations.German("datei"),
                    DescriptionLocalizations = Localizations.German("Aus einer Ankündigungsdatei (.txt, .md, .html; höchstens 256 KiB)"),
                    Options =
                    [
                        new SlashCommandOption(FileOption, "The announcement file", SlashCommandOptionType.Attachment, Required: true)
                        {
                            NameLocalizations = Localizations.German("datei"),
                            DescriptionLocalizations = Localizations.German("Die Ankündigungsdatei"),
                        },
                    ],
                },
                new SlashCommandOption("url", "From the announcement's web page", SlashCommandOptionType.Subcommand)
                {
                    NameLocalizations = Localizations.German("webseite"),
                    DescriptionLocalizations = Localizations.German("Von der Webseite der Ankündigung"),
                    Options =
                    [
                        new SlashCommandOption(UrlOption, "The page's address (http or https)", SlashCommandOptionType.String, Required: true)
                        {
                            NameLocalizations = Localizations.German("adresse"),
                            DescriptionLocalizations = Localizations.German("Die Adresse der Seite (http oder https)"),
                        },
                    ],
                },
                new SlashCommandOption("text", "Paste the announcement's text into a form", SlashCommandOptionType.Subcommand)
                {
                    NameLocalizations = Localizations.German("text"),
                    DescriptionLocalizations = Localizations.German("Den Text der Ankündigung in ein Formular einfügen"),
                },
            ],
        },
        new SlashCommandOption("list", "This server's own discussions", SlashCommandOptionType.Subcommand)
        {
            NameLocalizations = Localizations.German("liste"),
            DescriptionLocalizations = Localizations.German("Die eigenen Diskussionen dieses Servers"),
        },
        new SlashCommandOption("show", "What NewsBot read from one of them, and where it came from", SlashCommandOptionType.Subcommand)
        {
            NameLocalizations = Localizations.German("anzeigen"),
            DescriptionLocalizations = Localizations.German("Was NewsBot aus einer davon gelesen hat und woher sie stammt"),
            Options = [OwnDiscussion],
        },
        new SlashCommandOption("remove", "Remove one of them", SlashCommandOptionType.Subcommand)
        {
            NameLocalizations = Localizations.German("entfernen"),
            DescriptionLocalizations = Localizations.German("Eine davon entfernen"),
            Options = [OwnDiscussion],
        },
        .. FeedSubcommands.Definitions,
    ])
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
            return Private(texts.GuildOnly);
        if (!ModeratorCheck.IsModerator(context.MemberPermissions))
            return Private(texts.NotAllowed);

        var language = texts.Language;
        if (FeedSubcommands.Handles(context.Subcommand))
            return await feeds.HandleAsync(context, guildId, language, cancellationToken);
        return context.Subcommand switch
        {
            "add file" => await previews.PreviewAsync(
                await intake.FromFileAsync(context.Attachments.GetValueOrDefault(FileOption), cancellationToken), guildId, context.UserId, language, cancellationToken),
            "add url" => await previews.PreviewAsync(
                await intake.FromUrlAsync(context.Option(UrlOption), cancellationToken), guildId, context.UserId, language, cancellationToken),
            // Only reached when the form could not be opened (the member lost Manage Server meanwhile is answered above).
            "add text" => Private(texts.UnknownCommand),
            "list" => await ListAsync(guildId, language, cancellationToken),
            "show" => await ShowAsync(guildId, context.Option(DiscussionOption.Name) ?? "", language, cancellationToken),
            "remove" => await RemoveAsync(guildId, context.Option(DiscussionOption.Name) ?? "", language, cancellationToken),
            _ => Private(texts.UnknownCommand),
        };
    }

    /// <summary>Suggests the server's own discussions only (never shared documents, never another server's).</summary>
    public async ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GuildId is { } feedGuild && context.FocusedOption == FeedSubcommands.FeedOption && ModeratorCheck.IsModerator(context.MemberPermissions))
            return await feeds.AutocompleteAsync(feedGuild, context.Options.GetValueOrDefault(FeedSubcommands.FeedOption) ?? "", cancellationToken);
        if (context.GuildId is not { } guildId || context.FocusedOption != DiscussionOption.Name || !ModeratorCheck.IsModerator(context.MemberPermissions))
            return [];
        var typed = SearchText.Fold(context.Options.GetValueOrDefault(DiscussionOption.Name) ?? "");
        var snapshot = catalog.Current;
        IReadOnlyList<AutocompleteChoice> choices = [.. OwnOf(snapshot, guildId)
            .Where(d => typed.Length == 0 || DiscussionSearchKeys.Of(d) is var keys && (keys.Id.Contains(typed, StringComparison.Ordinal) || keys.Headline.Contains(typed, StringComparison.Ordinal)))
            .Take(DiscussionAutocomplete.MaxChoices)
            .Select(d => new AutocompleteChoice(DiscordText.Truncate($"{d.Headline} ({d.Id})".ReplaceLineEndings(" "), DiscussionAutocomplete.MaxLength), d.Id))];
        return choices;
    }

    private async Task<BotMessage> ListAsync(ulong guildId, BotLanguage language, CancellationToken cancellationToken)
    {
        var own = await store.ListAsync(guildId, cancellationToken);
        if (own.Count == 0)
            return Private(DiscussionsTexts.ListEmpty(language));
        var snapshot = catalog.Current;
        var lines = new StringBuilder();
        var shown = 0;
        foreach (var item in own.OrderByDescending(d => d.AddedAt).ThenBy(d => d.DiscussionId, StringComparer.Ordinal))
        {
            var headline = snapshot.Find(item.DiscussionId, guildId)?.Headline is { } h ? DiscordText.Safe(DiscordText.Truncate(h, 80)) : DiscussionsTexts.Unreadable(language);
            var line = $"`{item.DiscussionId}` — {headline}\n  {PreviewMessage.Source(item.Origin, item.Source, language)} · {DiscussionsTexts.AddedBy(language, item.AddedBy, item.AddedAt)}\n";
            if (lines.Length + line.Length > ListLimit - 40)
                break;
            lines.Append(line);
            shown++;
        }
        if (shown < own.Count)
            lines.Append(DiscussionsTexts.ListMore(language, own.Count - shown));
        var embed = new BotEmbed(DiscussionsTexts.ListTitle(language, own.Count, options.Value.MaxPerGuild), lines.ToString().TrimEnd(), []);
        return BotMessage.WithEmbed(embed, ephemeral: true);
    }

    private async Task<BotMessage> ShowAsync(ulong guildId, string id, BotLanguage language, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(guildId, id, cancellationToken) is not { } document)
            return Private(DiscussionsTexts.NotOwn(language, InCode(id)));
        var read = catalog.Find(id, guildId) is { } loaded && catalog.Current.Find(id, null) is null
            ? new ParseResult.Parsed(loaded)
            : await GuildDocumentReader.ReadAsync(document, cancellationToken);
        if (read is not ParseResult.Parsed { Discussion: var discussion })
            return Private(DiscussionsTexts.Unreadable(language, DiscordText.Safe(((ParseResult.Rejected)read).Reason)));
        var added = $"{DiscussionsTexts.AddedLabel(language)} {DiscussionsTexts.AddedBy(language, document.AddedBy, document.AddedAt)}";
        return BotMessage.WithEmbed(PreviewMessage.Embed(discussion, document, added, announcedTimes.SlotOf(discussion), language), ephemeral: true);
    }

    private async Task<BotMessage> RemoveAsync(ulong guildId, string id, BotLanguage language, CancellationToken cancellationToken)
    {
        if (!await store.RemoveAsync(guildId, id, cancellationToken))
            return Private(DiscussionsTexts.NotOwn(language, InCode(id)));
        await reload.ReloadAsync(cancellationToken);
        return Private(DiscussionsTexts.Removed(language, id));
    }

    /// <summary>What only this server sees: its view without the shared discussions.</summary>
    private static IEnumerable<Discussion> OwnOf(DiscussionSnapshot snapshot, ulong guildId) =>
        snapshot.VisibleTo(guildId).Where(d => snapshot.Find(d.Id, guildId: null) is null);

    /// <summary>Typed text for inside a code span, where markdown is not read: no backtick can end it early, one line.</summary>
    private static string InCode(string typed) => DiscordText.Truncate(typed.Replace('`', '\'').ReplaceLineEndings(" "), 100);

    private static BotMessage Private(string text) => BotMessage.Text(text, ephemeral: true);
}
