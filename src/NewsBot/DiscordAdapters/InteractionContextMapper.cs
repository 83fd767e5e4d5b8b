using System.Globalization;
using System.Text.Json;
using NewsBot.Commands;
using NewsBot.Discord.Models;
using NewsBot.Interactions;

namespace NewsBot.DiscordAdapters;

/// <summary>Turns Discord's interaction payload into the features' contexts: commands, button presses, modal submits.</summary>
internal static class InteractionContextMapper
{
    /// <summary>The context of a command or autocomplete interaction, or null when it carries no command name.</summary>
    public static CommandContext? ToContext(Interaction interaction)
    {
        if (interaction.Data?.Name is not { Length: > 0 } name)
            return null;
        string? subcommand = null;
        var options = interaction.Data.Options ?? [];
        var first = options.Count == 1 ? options[0] : null;
        if (first is { Type: ApplicationCommandOptionType.SubCommandGroup })
        {
            var inner = first.Options is { Count: 1 } groupOptions ? groupOptions[0] : null;
            subcommand = inner is null ? first.Name : first.Name + " " + inner.Name;
            options = inner?.Options ?? [];
        }
        else if (first is { Type: ApplicationCommandOptionType.SubCommand })
        {
            subcommand = first.Name;
            options = first.Options ?? [];
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var attachments = new Dictionary<string, CommandAttachment>(StringComparer.Ordinal);
        string? focused = null;
        foreach (var option in options)
        {
            values[option.Name] = OptionValue(option);
            if (option.Focused == true)
                focused = option.Name;
            if (interaction.Data.AttachmentOf(option) is { } file)
                attachments[option.Name] = new CommandAttachment(file.Id.Value, file.Filename, file.ContentType, file.Size, file.Url);
        }

        return new CommandContext(
            name,
            subcommand,
            values,
            interaction.GuildId?.Value,
            interaction.Invoker?.Id.Value ?? 0,
            interaction.Locale,
            interaction.GuildLocale,
            interaction.GuildId is null ? 0 : (ulong)(interaction.Member?.Permissions ?? NewsBot.Discord.Models.Permissions.None))
        {
            ChannelId = interaction.ChannelId?.Value,
            FocusedOption = focused,
            Attachments = attachments,
        };
    }

    /// <summary>The context of a button press, or null when it carries no custom id.</summary>
    public static ComponentContext? ToComponentContext(Interaction interaction)
    {
        if (interaction.Data?.CustomId is not { Length: > 0 } customId)
            return null;
        var (prefix, payload) = CustomId.Split(customId);
        return new ComponentContext(prefix, payload, interaction.Message?.Id.Value, interaction.GuildId?.Value, interaction.ChannelId?.Value,
            interaction.Invoker?.Id.Value ?? 0, interaction.Locale, interaction.GuildLocale, MemberPermissions(interaction));
    }

    /// <summary>The context of a modal submit with every typed value, or null when it carries no custom id.</summary>
    public static ModalSubmitContext? ToModalSubmitContext(Interaction interaction)
    {
        if (interaction.Data?.CustomId is not { Length: > 0 } customId)
            return null;
        var (prefix, payload) = CustomId.Split(customId);
        return new ModalSubmitContext(prefix, payload, interaction.Data.SubmittedValues(), interaction.Message?.Id.Value, interaction.GuildId?.Value,
            interaction.ChannelId?.Value, interaction.Invoker?.Id.Value ?? 0, interaction.Locale, interaction.GuildLocale, MemberPermissions(interaction));
    }

    private static ulong MemberPermissions(Interaction interaction) =>
        interaction.GuildId is null ? 0 : (ulong)(interaction.Member?.Permissions ?? NewsBot.Discord.Models.Permissions.None);

    /// <summary>Text as sent, booleans "true"/"false", numbers invariant, ids as their snowflake.</summary>
    internal static string OptionValue(InteractionDataOption option)
    {
        if (option.Value is not { } value)
            return "";
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? "",
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number when value.TryGetInt64(out var integer) => integer.ToString(CultureInfo.InvariantCulture),
            JsonValueKind.Number => value.GetDouble().ToString(CultureInfo.InvariantCulture),
            _ => value.GetRawText(),
        };
    }
}
