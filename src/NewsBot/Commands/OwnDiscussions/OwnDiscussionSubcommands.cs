using System.Text;
using Microsoft.Extensions.Options;
using NewsBot.Commands.Discussions;
using NewsBot.Core.Documents;
using NewsBot.GuildDiscussions;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.OwnDiscussions;

/// <summary>
/// /discussions add (file, url, text), list, show and remove: a server's own discussions — each added one first previewed —
/// listed, shown with where they came from, and removed.
/// </summary>
internal sealed class OwnDiscussionSubcommands(
    DocumentIntake intake, DraftPreviews previews, IGuildDiscussionStore store, IDiscussionCatalog catalog, IGuildDiscussionReload reload,
    AnnouncedTimes announcedTimes, IOptions<GuildDiscussionsOptions> options) : IDiscussionsSubcommands
{
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

    public IReadOnlyList<SlashCommandOption> Definitions { get; } =
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
    ];

    public bool Handles(string? subcommand) => subcommand is "add file" or "add url" or "add text" or "list" or "show" or "remove";

    public async Task<BotMessage> HandleAsync(CommandContext context, ulong guildId, BotLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = ReplyTexts.Ephemeral(context);
        return context.Subcommand switch
        {
            "add file" => await previews.PreviewAsync(
                await intake.FromFileAsync(context.Attachments.GetValueOrDefault(FileOption), cancellationToken), guildId, context.UserId, language, cancellationToken),
            "add url" => await previews.PreviewAsync(
                await intake.FromUrlAsync(context.Option(UrlOption), cancellationToken), guildId, context.UserId, language, cancellationToken),
            // Only reached when the form could not be opened (a member without Manage Server is refused before).
            "add text" => Private(texts.UnknownCommand),
            "list" => await ListAsync(guildId, language, cancellationToken),
            "show" => await ShowAsync(guildId, context.Option(DiscussionOption.Name) ?? "", language, cancellationToken),
            "remove" => await RemoveAsync(guildId, context.Option(DiscussionOption.Name) ?? "", language, cancellationToken),
            _ => Private(texts.UnknownCommand),
        };
    }

    /// <summary>Suggests the server's own discussions only (never shared documents, never another server's).</summary>
    public Task<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, ulong guildId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.FocusedOption != DiscussionOption.Name)
            return Task.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
        var typed = SearchText.Fold(context.Options.GetValueOrDefault(DiscussionOption.Name) ?? "");
        var snapshot = catalog.Current;
        IReadOnlyList<AutocompleteChoice> choices = [.. OwnOf(snapshot, guildId)
            .Where(d => typed.Length == 0 || DiscussionSearchKeys.Of(d) is var keys && (keys.Id.Contains(typed, StringComparison.Ordinal) || keys.Headline.Contains(typed, StringComparison.Ordinal)))
            .Take(DiscussionAutocomplete.MaxChoices)
            .Select(d => new AutocompleteChoice(DiscordText.Truncate($"{d.Headline} ({d.Id})".ReplaceLineEndings(" "), DiscussionAutocomplete.MaxLength), d.Id))];
        return Task.FromResult(choices);
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
