using System.Globalization;
using NewsBot.Commands.Config;
using NewsBot.Companion;

namespace NewsBot.Commands.Companion;

/// <summary>/config moderators: the channel where audience questions wait for approval (none set: no /ask).</summary>
internal sealed class ConfigModeratorsSubcommand(ICompanionSettingsStore store, CompanionPermissionChecks checks, TimeProvider time)
    : ConfigSettingSubcommand<ulong>
{
    private const string ChannelOption = "channel";

    public override SlashCommandOption Definition { get; } = new("moderators", "Where audience questions wait for approval", SlashCommandOptionType.Subcommand)
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

    protected override string OptionName => ChannelOption;

    protected override string Allowed => "#channel";

    protected override bool TryRead(string? given, out ulong value) => ConfigReply.TryId(given, out value);

    protected override async Task<(string Outcome, IReadOnlyList<string> Warnings)> ApplyAsync(
        ConfigRequest request, ulong channelId, CancellationToken cancellationToken)
    {
        var texts = CompanionConfigTexts.For(request.Texts.Language);
        var current = await store.GetAsync(request.GuildId, cancellationToken);
        await store.SaveAsync(current with { ModeratorChannelId = channelId }, request.Context.UserId, time.GetUtcNow(), cancellationToken);
        var warnings = await checks.ModeratorChannelAsync(request.GuildId, channelId, texts, cancellationToken);
        return (string.Format(CultureInfo.InvariantCulture, texts.ModeratorChannelSaved, $"<#{channelId}>"), warnings);
    }
}
