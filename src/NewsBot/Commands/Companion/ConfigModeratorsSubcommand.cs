using System.Globalization;
using NewsBot.Commands.Config;
using NewsBot.Companion;
using NewsBot.Messages;

namespace NewsBot.Commands.Companion;

/// <summary>/config moderators: the channel where audience questions wait for approval (none set: no /ask).</summary>
internal sealed class ConfigModeratorsSubcommand(ICompanionSettingsStore store, CompanionPermissionChecks checks, TimeProvider time) : IConfigSubcommand
{
    private const string ChannelOption = "channel";

    public SlashCommandOption Definition { get; } = new("moderators", "Where audience questions wait for approval", SlashCommandOptionType.Subcommand)
    {
        NameLocalizations = Localizations.German("moderation"),
        DescriptionLocalizations = Localizations.German("Wo Publikumsfragen auf Freigabe warten"),
        Options =
        [
            new(ChannelOption, "The moderators' channel", SlashCommandOptionType.Channel, Required: true)
            {
                NameLocalizations = Localizations.German("kanal"),
                DescriptionLocalizations = Localizations.German("Der Kanal der Moderation"),
                ChannelTypes = [0],
            },
        ],
    };

    public async ValueTask<BotMessage> HandleAsync(ConfigRequest request, CancellationToken cancellationToken)
    {
        var given = request.Context.Option(ChannelOption);
        if (!ConfigReply.TryId(given, out var channelId))
            return ConfigReply.Text(request.Texts.InvalidChoice(ChannelOption, DiscordText.Safe(given ?? ""), "#channel"));
        var texts = CompanionConfigTexts.For(request.Texts.Language);
        var current = await store.GetAsync(request.GuildId, cancellationToken);
        await store.SaveAsync(current with { ModeratorChannelId = channelId }, request.Context.UserId, time.GetUtcNow(), cancellationToken);
        var warnings = await checks.ModeratorChannelAsync(request.GuildId, channelId, texts, cancellationToken);
        return ConfigReply.Text(string.Format(CultureInfo.InvariantCulture, texts.ModeratorChannelSaved, $"<#{channelId}>"), warnings);
    }
}
