using NewsBot.Messages;

namespace NewsBot.Commands.Help;

/// <summary>
/// /help: what each registered command does, in registration order, ephemeral and in the reader's own language
/// (with the names they see). Built from the commands' own definitions and help lines, so a new command needs no edit here.
/// </summary>
internal sealed class HelpCommand(RegisteredCommands commands) : ISlashCommand
{
    public SlashCommandDefinition Definition { get; } = new("help", "What this bot can do", [])
    {
        NameLocalizations = Localizations.German("hilfe"),
        DescriptionLocalizations = Localizations.German("Was dieser Bot kann"),
    };

    public HelpLine? Help => null;

    public bool DefersEphemeral(CommandContext context) => true;

    public ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.Ephemeral(context);
        var fields = commands.All
            .Where(c => c.Help is not null)
            .Select(c => new BotEmbedField("/" + c.Definition.NameIn(texts.Language), c.Help!.In(texts.Language)))
            .ToList();
        return ValueTask.FromResult(BotMessage.WithEmbed(new BotEmbed(texts.HelpTitle, texts.HelpIntro, fields), ephemeral: true));
    }

    public ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>([]);
}
