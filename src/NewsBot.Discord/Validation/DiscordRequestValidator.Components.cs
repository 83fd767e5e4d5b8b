using NewsBot.Discord.Models;

namespace NewsBot.Discord.Validation;

/// <summary>Message components (action rows of buttons) and modals, checked as Discord's component reference states.</summary>
public static partial class DiscordRequestValidator
{
    /// <summary>Checks a modal response's custom id, title and text inputs.</summary>
    public static IReadOnlyList<LimitViolation> Validate(InteractionModal modal)
    {
        ArgumentNullException.ThrowIfNull(modal);
        var list = new List<LimitViolation>();
        CheckModal(list, "data", modal.CustomId, modal.Title, modal.Components);
        return list;
    }

    /// <summary>
    /// ≤ 5 action rows of 1–5 buttons; custom ids 1–100 characters and unique in the message; labels ≤ 80; a link
    /// button (style 5) has a url and no custom id, any other button the reverse.
    /// </summary>
    private static void CheckComponents(List<LimitViolation> list, IReadOnlyList<Component> rows)
    {
        if (rows.Count > MessageLimits.ActionRows)
            list.Add(new("components", $"{rows.Count} rows, limit {MessageLimits.ActionRows}"));
        HashSet<string>? customIds = null;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var path = $"components[{r}]";
            if (row.Type != ComponentType.ActionRow)
            {
                list.Add(new(path, "top-level components must be action rows"));
                continue;
            }
            var children = row.Components ?? [];
            if (children.Count is 0 or > MessageLimits.ButtonsPerRow)
                list.Add(new($"{path}.components", $"{children.Count} buttons, a row holds 1 to {MessageLimits.ButtonsPerRow}"));
            for (var b = 0; b < children.Count; b++)
            {
                var button = children[b];
                var buttonPath = $"{path}.components[{b}]";
                if (button.Type != ComponentType.Button)
                {
                    list.Add(new($"{buttonPath}.type", $"a message row holds buttons (type 2), not type {(int)button.Type}"));
                    continue;
                }
                CheckButton(list, buttonPath, button);
                if (button.CustomId is { Length: > 0 } customId && !(customIds ??= new(StringComparer.Ordinal)).Add(customId))
                    list.Add(new($"{buttonPath}.custom_id", $"'{customId}' is used twice in this message"));
            }
        }
    }

    private static void CheckButton(List<LimitViolation> list, string path, Component button)
    {
        CheckLength(list, $"{path}.label", button.Label, 0, MessageLimits.ButtonLabel);
        switch (button.ButtonStyle)
        {
            case ButtonStyle.Link:
                if (string.IsNullOrEmpty(button.Url))
                    list.Add(new($"{path}.url", "a link button needs a url"));
                else
                    CheckLength(list, $"{path}.url", button.Url, 1, MessageLimits.ButtonUrl);
                if (button.CustomId is not null)
                    list.Add(new($"{path}.custom_id", "a link button has no custom id"));
                break;
            case ButtonStyle.Primary or ButtonStyle.Secondary or ButtonStyle.Success or ButtonStyle.Danger:
                CheckLength(list, $"{path}.custom_id", button.CustomId ?? "", 1, MessageLimits.CustomId);
                if (button.Url is not null)
                    list.Add(new($"{path}.url", "only a link button has a url"));
                break;
            default:
                list.Add(new($"{path}.style", $"button style {button.Style?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"}, must be 1 to 5"));
                break;
        }
    }

    /// <summary>custom id 1–100, title 1–45, 1–5 action rows each holding exactly one text input.</summary>
    private static void CheckModal(List<LimitViolation> list, string path, string? customId, string? title, IReadOnlyList<Component>? rows)
    {
        CheckLength(list, $"{path}.custom_id", customId ?? "", 1, MessageLimits.CustomId);
        CheckLength(list, $"{path}.title", title ?? "", 1, MessageLimits.ModalTitle);
        rows ??= [];
        if (rows.Count is 0 or > MessageLimits.ModalRows)
            list.Add(new($"{path}.components", $"{rows.Count} rows, a modal holds 1 to {MessageLimits.ModalRows}"));
        var customIds = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            var rowPath = $"{path}.components[{r}]";
            if (rows[r] is not { Type: ComponentType.ActionRow, Components: { Count: 1 } inputs })
            {
                list.Add(new(rowPath, "each modal row is an action row holding exactly one text input"));
                continue;
            }
            var input = inputs[0];
            var inputPath = $"{rowPath}.components[0]";
            if (input.Type != ComponentType.TextInput)
            {
                list.Add(new($"{inputPath}.type", $"a modal row holds a text input (type 4), not type {(int)input.Type}"));
                continue;
            }
            CheckTextInput(list, inputPath, input);
            if (input.CustomId is { Length: > 0 } id && !customIds.Add(id))
                list.Add(new($"{inputPath}.custom_id", $"'{id}' is used twice in this modal"));
        }
    }

    private static void CheckTextInput(List<LimitViolation> list, string path, Component input)
    {
        CheckLength(list, $"{path}.custom_id", input.CustomId ?? "", 1, MessageLimits.CustomId);
        if (input.TextInputStyle is not (TextInputStyle.Short or TextInputStyle.Paragraph))
            list.Add(new($"{path}.style", "a text input is short (1) or paragraph (2)"));
        CheckLength(list, $"{path}.label", input.Label ?? "", 1, MessageLimits.TextInputLabel);
        CheckLength(list, $"{path}.value", input.Value, 0, MessageLimits.TextInputLength);
        CheckLength(list, $"{path}.placeholder", input.Placeholder, 0, MessageLimits.TextInputPlaceholder);
        if (input.MinLength is < 0 or > MessageLimits.TextInputLength)
            list.Add(new($"{path}.min_length", $"{input.MinLength}, must be 0 to {MessageLimits.TextInputLength}"));
        if (input.MaxLength is < 1 or > MessageLimits.TextInputLength)
            list.Add(new($"{path}.max_length", $"{input.MaxLength}, must be 1 to {MessageLimits.TextInputLength}"));
        if (input.MinLength is { } min && input.MaxLength is { } max && min > max)
            list.Add(new($"{path}.min_length", $"{min} is more than max_length {max}"));
    }
}
