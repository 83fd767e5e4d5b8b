using System.Text.Json.Serialization;

namespace NewsBot.Discord.Models;

/// <summary>
/// A message or modal component in Discord's one wire shape: an action row (type 1) holding buttons (type 2) on a
/// message, or one text input (type 4) in a modal. Build them with the factory methods; the client checks Discord's
/// limits (<see cref="Validation.MessageLimits"/>) before anything is sent.
/// </summary>
public sealed record Component
{
    public ComponentType Type { get; init; }

    /// <summary>Discord's numeric component id (unique in a message; Discord numbers them when none is sent).</summary>
    public int? Id { get; init; }

    public IReadOnlyList<Component>? Components { get; init; }

    /// <summary>A <see cref="ButtonStyle"/> for buttons, a <see cref="TextInputStyle"/> for text inputs (one JSON field).</summary>
    public int? Style { get; init; }

    public string? Label { get; init; }
    public string? CustomId { get; init; }
    public string? Url { get; init; }
    public bool? Disabled { get; init; }

    /// <summary>Text inputs: the pre-filled value when sent; what the member typed in a modal submit.</summary>
    public string? Value { get; init; }

    public string? Placeholder { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public bool? Required { get; init; }

    [JsonIgnore]
    public ButtonStyle? ButtonStyle => Type == ComponentType.Button ? (ButtonStyle?)Style : null;

    [JsonIgnore]
    public TextInputStyle? TextInputStyle => Type == ComponentType.TextInput ? (TextInputStyle?)Style : null;

    public static Component ActionRow(params IReadOnlyList<Component> components) =>
        new() { Type = ComponentType.ActionRow, Components = components };

    /// <summary>A button that sends an interaction with <paramref name="customId"/> (1–100 characters) when pressed.</summary>
    public static Component Button(ButtonStyle style, string label, string customId, bool disabled = false) =>
        new() { Type = ComponentType.Button, Style = (int)style, Label = label, CustomId = customId, Disabled = disabled ? true : null };

    /// <summary>A link button: it opens <paramref name="url"/> and sends no interaction.</summary>
    public static Component LinkButton(string label, string url) =>
        new() { Type = ComponentType.Button, Style = (int)Models.ButtonStyle.Link, Label = label, Url = url };

    /// <summary>A modal's text input; put each in its own <see cref="ActionRow"/>.</summary>
    public static Component TextInput(
        string customId, string label, TextInputStyle style = Models.TextInputStyle.Short, bool required = true,
        int? minLength = null, int? maxLength = null, string? value = null, string? placeholder = null) => new()
        {
            Type = ComponentType.TextInput,
            CustomId = customId,
            Style = (int)style,
            Label = label,
            Required = required,
            MinLength = minLength,
            MaxLength = maxLength,
            Value = value,
            Placeholder = placeholder,
        };
}

public enum ComponentType
{
    ActionRow = 1,
    Button = 2,
    StringSelect = 3,
    TextInput = 4,
}

public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    Link = 5,
}

public enum TextInputStyle
{
    /// <summary>One line.</summary>
#pragma warning disable CA1720 // Discord's name for the style
    Short = 1,
#pragma warning restore CA1720

    /// <summary>Several lines.</summary>
    Paragraph = 2,
}
