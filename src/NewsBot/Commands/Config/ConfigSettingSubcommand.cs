using System.Diagnostics.CodeAnalysis;
using NewsBot.Messages;

namespace NewsBot.Commands.Config;

/// <summary>
/// The shape of a /config subcommand that sets one thing from one required option: the option is read (a value that is
/// not one is refused, naming what is allowed), then applied; the reply is the outcome and any warnings.
/// </summary>
internal abstract class ConfigSettingSubcommand<T> : IConfigSubcommand
{
    public abstract SlashCommandOption Definition { get; }

    /// <summary>The option's name, as in <see cref="Definition"/>.</summary>
    protected abstract string OptionName { get; }

    /// <summary>What the option takes, shown when the given value is not one (e.g. "true, false").</summary>
    protected virtual string Allowed => "";

    protected abstract bool TryRead(string? given, [MaybeNullWhen(false)] out T value);

    /// <summary>Saves <paramref name="value"/>; returns the sentence that says so and any warnings.</summary>
    protected abstract Task<(string Outcome, IReadOnlyList<string> Warnings)> ApplyAsync(ConfigRequest request, T value, CancellationToken cancellationToken);

    public virtual ValueTask<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandContext context, ulong guildId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<AutocompleteChoice>>([]);

    /// <summary>Why <paramref name="given"/> (made safe to show) is refused; nothing was changed.</summary>
    protected virtual string Refused(ConfigRequest request, string given) => request.Texts.InvalidChoice(OptionName, given, Allowed);

    public async ValueTask<BotMessage> HandleAsync(ConfigRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var given = request.Context.Option(OptionName);
        if (!TryRead(given, out var value))
            return ConfigReply.Text(Refused(request, DiscordText.Safe(DiscordText.Truncate(given?.Trim() ?? "", 100))));
        var (outcome, warnings) = await ApplyAsync(request, value, cancellationToken);
        return ConfigReply.Text(outcome, warnings);
    }
}

/// <summary>A /config subcommand that turns one thing on or off (option <c>enabled</c> / <c>aktiv</c>).</summary>
internal abstract class ConfigSwitchSubcommand(string name, string description, string germanName, string germanDescription)
    : ConfigSettingSubcommand<bool>
{
    private const string EnabledOption = "enabled";

    public override SlashCommandOption Definition { get; } = new(name, description, SlashCommandOptionType.Subcommand)
    {
        NameLocalizations = Localizations.German(germanName),
        DescriptionLocalizations = Localizations.German(germanDescription),
        Options =
        [
            new(EnabledOption, "On or off", SlashCommandOptionType.Boolean, Required: true)
            {
                NameLocalizations = Localizations.German("aktiv"),
                DescriptionLocalizations = Localizations.German("An oder aus"),
            },
        ],
    };

    protected override string OptionName => EnabledOption;

    protected override string Allowed => "true, false";

    protected override bool TryRead(string? given, out bool value) => bool.TryParse(given, out value);
}
