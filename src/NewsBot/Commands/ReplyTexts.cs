using NewsBot.Settings;
using NewsBot.Texts;

namespace NewsBot.Commands;

/// <summary>
/// Picks the language of a reply: public replies in the guild's configured language (else its Discord locale),
/// ephemeral replies in the user's own locale. The guild's settings come from the store's recent reads (see
/// <see cref="IGuildSettingsLookup.FindRecentAsync"/>): a reply needs no query while its guild is active.
/// </summary>
internal sealed class ReplyTexts(IGuildSettingsLookup settings)
{
    public static BotTexts Ephemeral(CommandContext context) => BotTexts.ForLocale(context.UserLocale ?? context.GuildLocale);

    public async ValueTask<BotTexts> PublicAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.GuildId is not { } guildId)
            return Ephemeral(context);
        if (await settings.FindRecentAsync(guildId, cancellationToken) is { } stored)
            return BotTexts.For(stored.Language);
        return BotTexts.For(BotLocales.FromLocale(context.GuildLocale) ?? BotLocales.FromLocale(context.UserLocale) ?? BotLanguage.English);
    }
}
