using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using NewsBot.Commands.Streams;
using NewsBot.Core.Schedule;

namespace NewsBot.Commands.Config;

/// <summary>
/// /config timezone: the server's IANA time zone (autocompleted), in which /streams reads a start when no zone is given;
/// until one is set, <c>Schedule:DefaultTimeZone</c> applies.
/// </summary>
internal sealed class ConfigTimeZoneSubcommand(GuildSettingsChanger changer, IOptions<ScheduleOptions> schedule) : ConfigSettingSubcommand<string>
{
    public const string ZoneOption = "zone";

    public override SlashCommandOption Definition { get; } = new("timezone", "The server's time zone for typed stream times", SlashCommandOptionType.Subcommand)
    {
        NameLocalizations = Localizations.German("zeitzone"),
        DescriptionLocalizations = Localizations.German("Die Zeitzone des Servers für eingegebene Stream-Zeiten"),
        Options =
        [
            new(ZoneOption, "An IANA time zone, e.g. Europe/Berlin", SlashCommandOptionType.String, Required: true)
            {
                NameLocalizations = Localizations.German("zone"),
                DescriptionLocalizations = Localizations.German("Eine IANA-Zeitzone, z. B. Europe/Berlin"),
                Autocomplete = true,
            },
        ],
    };

    protected override string OptionName => ZoneOption;

    protected override bool TryRead(string? given, [MaybeNullWhen(false)] out string value) => (value = TimeZoneIds.Canonical(given)) is not null;

    protected override string Refused(ConfigRequest request, string given) => TimeZoneTexts.Unknown(request.Texts.Language, given);

    protected override async Task<(string Outcome, IReadOnlyList<string> Warnings)> ApplyAsync(
        ConfigRequest request, string zone, CancellationToken cancellationToken)
    {
        await changer.SaveAsync(request.Settings with { TimeZone = zone }, request.Context.UserId, "time zone", zone, cancellationToken);
        return (TimeZoneTexts.Saved(request.Texts.Language, zone), []);
    }

    /// <summary>Zones matching what was typed; with nothing typed, the server's zone first.</summary>
    public override async ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, ulong guildId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var current = (await changer.CurrentAsync(guildId, context.GuildLocale, cancellationToken)).TimeZone;
        return TimeZoneIds.Suggest(context.Options.GetValueOrDefault(ZoneOption) ?? "", current ?? schedule.Value.DefaultTimeZone);
    }
}
