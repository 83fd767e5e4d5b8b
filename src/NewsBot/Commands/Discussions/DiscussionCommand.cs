using NewsBot.Core.Documents;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.Discussions;

/// <summary>
/// A public command about one discussion, chosen with the optional, autocompleted <see cref="DiscussionOption"/>:
/// not found → a short ephemeral answer in the user's language; found → the command's reply in the guild's language.
/// </summary>
internal abstract class DiscussionCommand(
    DiscussionResolver resolver, DiscussionAutocomplete autocomplete, ReplyTexts replyTexts) : ISlashCommand
{
    public abstract SlashCommandDefinition Definition { get; }

    public abstract HelpLine Help { get; }

    protected DiscussionResolver Resolver => resolver;

    public bool DefersEphemeral(CommandContext context) => false;

    public abstract ValueTask<BotMessage> HandleAsync(CommandContext context, CancellationToken cancellationToken);

    public ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(DiscussionOption.Suggest(context, autocomplete));

    /// <summary>Resolves the discussion option and, when found, builds the public reply with <paramref name="reply"/>.</summary>
    protected async ValueTask<BotMessage> ReplyAboutAsync(
        CommandContext context, Func<Discussion, BotTexts, BotMessage> reply, CancellationToken cancellationToken)
    {
        var lookup = resolver.Resolve(context.Option(DiscussionOption.Name), context.GuildId);
        if (lookup is not DiscussionLookup.Found { Discussion: var discussion })
            return DiscussionOption.Failure(lookup, ReplyTexts.Ephemeral(context));

        var texts = await replyTexts.PublicAsync(context, cancellationToken);
        return reply(discussion, texts);
    }
}
