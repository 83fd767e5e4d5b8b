using System.Text.Json.Nodes;
using NewsBot.Sandbox.Control;

namespace NewsBot.NoToken.Terminal;

/// <summary><c>:press label</c>: presses a button, as the current member, on the latest message of the channel that has it.</summary>
internal sealed partial class SandboxTerminal
{
    private async Task PressAsync(IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var label = string.Join(' ', words);
        if (label.Length == 0 || FindButton(label) is not var (messageId, customId))
        {
            _console.WriteLine(_style.Red("✗ " + _session.Texts.NoButton(label, _session.Channel.Name)));
            return;
        }
        var outcome = await _sandbox.Control.PressButtonAsync(new ComponentRequest(messageId, customId)
        {
            GuildId = _session.Guild.Id,
            ChannelId = _session.Channel.Id,
            UserId = _session.Member.Id,
            Locale = _session.Texts.Locale,
        }, cancellationToken);
        _console.WriteLines(_outcomes.Render(outcome, _session.Language, _options.Width));
    }

    /// <summary>The newest message in the channel with an enabled, non-link button labelled <paramref name="label"/> (any case).</summary>
    private (ulong MessageId, string CustomId)? FindButton(string label)
    {
        foreach (var message in _sandbox.Control.Messages(_session.Channel.Id).Reverse())
        {
            var buttons = (message["components"] as JsonArray)?.OfType<JsonObject>()
                .SelectMany(row => (row["components"] as JsonArray)?.OfType<JsonObject>() ?? []) ?? [];
            foreach (var button in buttons)
            {
                if (MessageRenderer.IsPressable(button)
                    && string.Equals(button["label"]?.ToString(), label, StringComparison.OrdinalIgnoreCase)
                    && ulong.TryParse(message["id"]?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var id))
                    return (id, button["custom_id"]!.ToString());
            }
        }
        return null;
    }
}
