using NewsBot.Commands.Config;
using NewsBot.Companion;
using NewsBot.Messages;

namespace NewsBot.Commands.Companion;

/// <summary>/config thread: the live thread on or off (default on); warns when the bot lacks the thread permissions.</summary>
internal sealed class ConfigThreadSubcommand(ICompanionSettingsStore store, CompanionPermissionChecks checks, TimeProvider time) : IConfigSubcommand
{
    private const string EnabledOption = "enabled";

    public SlashCommandOption Definition { get; } = new("thread", "A live thread on each stream's announcement", SlashCommandOptionType.Subcommand)
    {
        NameLocalizations = Localizations.German("thread"),
        DescriptionLocalizations = Localizations.German("Ein Live-Thread an der Ankündigung jedes Streams"),
        Options =
        [
            new(EnabledOption, "On or off", SlashCommandOptionType.Boolean, Required: true)
            {
                NameLocalizations = Localizations.German("aktiv"),
                DescriptionLocalizations = Localizations.German("An oder aus"),
            },
        ],
    };

    public async ValueTask<BotMessage> HandleAsync(ConfigRequest request, CancellationToken cancellationToken)
    {
        var given = request.Context.Option(EnabledOption);
        if (!bool.TryParse(given, out var enabled))
            return ConfigReply.Text(request.Texts.InvalidChoice(EnabledOption, DiscordText.Safe(given ?? ""), "true, false"));
        var texts = CompanionConfigTexts.For(request.Texts.Language);
        var current = await store.GetAsync(request.GuildId, cancellationToken);
        await store.SaveAsync(current with { LiveThread = enabled }, request.Context.UserId, time.GetUtcNow(), cancellationToken);
        var warnings = enabled ? await checks.ThreadAsync(request, texts, cancellationToken) : [];
        return ConfigReply.Text(enabled ? texts.ThreadOn : texts.ThreadOff, warnings);
    }
}
