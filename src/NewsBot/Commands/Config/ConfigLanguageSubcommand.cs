using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.Config;

/// <summary>/config language: the language of public replies and announcements.</summary>
internal sealed class ConfigLanguageSubcommand(GuildSettingsChanger changer) : IConfigSubcommand
{
    private const string LanguageOption = "language";

    public SlashCommandOption Definition { get; } = new("language", "Set the language of replies and announcements", SlashCommandOptionType.Subcommand)
    {
        NameLocalizations = Localizations.German("sprache"),
        DescriptionLocalizations = Localizations.German("Die Sprache für Antworten und Ankündigungen festlegen"),
        Options =
        [
            new(LanguageOption, "German or English", SlashCommandOptionType.String, Required: true)
            {
                NameLocalizations = Localizations.German("sprache"),
                DescriptionLocalizations = Localizations.German("Deutsch oder Englisch"),
                Choices =
                [
                    new("Deutsch", "de") { NameLocalizations = Localizations.German("Deutsch") },
                    new("English", "en") { NameLocalizations = Localizations.German("Englisch") },
                ],
            },
        ],
    };

    public async ValueTask<BotMessage> HandleAsync(ConfigRequest request, CancellationToken cancellationToken)
    {
        var given = request.Context.Option(LanguageOption);
        BotLanguage? language = given?.ToUpperInvariant() switch
        {
            "DE" or "DEUTSCH" or "GERMAN" => BotLanguage.German,
            "EN" or "ENGLISH" or "ENGLISCH" => BotLanguage.English,
            _ => null,
        };
        if (language is null)
            return ConfigReply.Text(request.Texts.InvalidChoice(LanguageOption, DiscordText.Safe(given ?? ""), "de, en"));

        await changer.SaveAsync(request.Settings with { Language = language.Value }, request.Context.UserId,
            "language", language.Value.ToString(), cancellationToken);
        return ConfigReply.Text(request.Texts.LanguageSaved(language.Value));
    }
}
