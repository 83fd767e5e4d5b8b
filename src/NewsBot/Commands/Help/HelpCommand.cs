using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.Help;

/// <summary>/help: what each command does, ephemeral and in the reader's own language (with the names they see).</summary>
internal sealed class HelpCommand : ISlashCommand
{
    private static readonly (string English, string German, Func<BotTexts, string> Text)[] Entries =
    [
        ("summary", "zusammenfassung", t => t.HelpSummary),
        ("panel", "runde", t => t.HelpPanel),
        ("stream", "stream", t => t.HelpStream),
        ("questions", "leitfragen", t => t.HelpQuestions),
        ("schedule", "termine", t => t.HelpSchedule),
        ("config", "einstellungen", t => t.HelpConfig),
    ];

    public SlashCommandDefinition Definition { get; } = new("help", "What this bot can do", [])
    {
        NameLocalizations = Localizations.German("hilfe"),
        DescriptionLocalizations = Localizations.German("Was dieser Bot kann"),
    };

    public bool DefersEphemeral(CommandContext context) => true;

    public ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.Ephemeral(context);
        var german = texts.Language == BotLanguage.German;
        var fields = Entries.Select(e => new BotEmbedField("/" + (german ? e.German : e.English), e.Text(texts))).ToList();
        return ValueTask.FromResult(BotMessage.WithEmbed(new BotEmbed(texts.HelpTitle, texts.HelpIntro, fields), ephemeral: true));
    }

    public ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
}
