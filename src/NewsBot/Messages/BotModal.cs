namespace NewsBot.Messages;

/// <summary>
/// A popup form with up to 5 text inputs. <see cref="CustomId"/> (<c>prefix:payload</c>) names the modal-submit handler
/// that gets what was typed. Title at most 45 characters.
/// </summary>
public sealed record BotModal(string CustomId, string Title, IReadOnlyList<BotTextInput> Inputs);

/// <summary>One text input of a modal: label at most 45 characters, up to 4,000 characters typed.</summary>
public sealed record BotTextInput(
    string CustomId,
    string Label,
    bool Paragraph = false,
    bool Required = true,
    int? MinLength = null,
    int? MaxLength = null,
    string? Value = null,
    string? Placeholder = null);
