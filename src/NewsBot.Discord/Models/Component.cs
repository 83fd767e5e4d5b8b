namespace NewsBot.Discord.Models;

/// <summary>A message component: an action row (type 1) holding buttons (type 2).</summary>
public sealed record Component
{
    public ComponentType Type { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public ButtonStyle? Style { get; init; }
    public string? Label { get; init; }
    public string? CustomId { get; init; }
    public string? Url { get; init; }
    public bool? Disabled { get; init; }

    public static Component ActionRow(params IReadOnlyList<Component> buttons) =>
        new() { Type = ComponentType.ActionRow, Components = buttons };

    public static Component Button(ButtonStyle style, string label, string customId) =>
        new() { Type = ComponentType.Button, Style = style, Label = label, CustomId = customId };

    public static Component LinkButton(string label, string url) =>
        new() { Type = ComponentType.Button, Style = ButtonStyle.Link, Label = label, Url = url };
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
