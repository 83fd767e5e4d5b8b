using NewsBot.Messages;

namespace NewsBot.Commands.Config;

/// <summary>/config channel: where announcements go. Saved even when the bot lacks permissions there, with a warning naming them.</summary>
internal sealed class ConfigChannelSubcommand(GuildSettingsChanger changer, BotPermissionChecks checks) : IConfigSubcommand
{
    private const string ChannelOption = "channel";

    public SlashCommandOption Definition { get; } = new("channel", "Set the announcement channel", SlashCommandOptionType.Subcommand)
    {
        NameLocalizations = Localizations.German("kanal"),
        DescriptionLocalizations = Localizations.German("Den Ankündigungskanal festlegen"),
        Options =
        [
            new(ChannelOption, "The channel for announcements", SlashCommandOptionType.Channel, Required: true)
            {
                NameLocalizations = Localizations.German("kanal"),
                DescriptionLocalizations = Localizations.German("Der Kanal für Ankündigungen"),
                ChannelTypes = [0, 5],
            },
        ],
    };

    public async ValueTask<BotMessage> HandleAsync(ConfigRequest request, CancellationToken cancellationToken)
    {
        var texts = request.Texts;
        var given = request.Context.Option(ChannelOption);
        if (!ConfigReply.TryId(given, out var channelId))
            return ConfigReply.Text(texts.InvalidChoice(ChannelOption, given ?? "", "#channel"));

        var warnings = await checks.ChannelAsync(request.GuildId, channelId, texts, cancellationToken);
        await changer.SaveAsync(request.Settings with { AnnouncementChannelId = channelId }, request.Context.UserId,
            "announcement channel", channelId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        return ConfigReply.Text(texts.ChannelSaved($"<#{channelId}>"), warnings);
    }
}
