using System.Text.Json.Nodes;
using NewsBot.Sandbox.Control;
using NewsBot.Texts;

namespace NewsBot.NoToken.Terminal;

/// <summary>What the bot made of a typed command, as lines: the reply, follow-ups, suggestions, or why there was none.</summary>
internal sealed class OutcomeRenderer(MessageRenderer messages, AnsiStyle style)
{
    private const int LoadingFlag = 1 << 7;

    public IReadOnlyList<string> Render(InteractionOutcome outcome, BotLanguage language, int width)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var texts = TerminalTexts.For(language);
        switch (outcome.Status)
        {
            case 503:
                return [style.Red(texts.NotConnected)];
            case 504:
                return [style.Red(texts.NoAnswer)];
            case not 200:
                return [style.Red(texts.Failed(outcome.Status, outcome.Error))];
        }
        var lines = new List<string>();
        var data = outcome.Callback?["data"] as JsonObject;
        switch (IntOf(outcome.Callback?["type"]))
        {
            case 8:
                lines.AddRange(Suggestions(data?["choices"] as JsonArray, texts));
                break;
            case 9:
                lines.Add(style.Yellow(texts.ModalOpened(data?["title"]?.ToString() ?? "")));
                break;
            case 4 or 5 or 7:
                var reply = outcome.Original ?? data ?? [];
                if ((IntOf(reply["flags"]) & LoadingFlag) != 0)
                {
                    if (MessageRenderer.IsEphemeral(reply))
                        lines.Add(style.Yellow("👁 " + texts.OnlyYou));
                    lines.Add(style.Yellow(texts.StillThinking));
                }
                else
                    lines.AddRange(messages.Render(reply, language, width));
                break;
            default:
                lines.Add(style.Dim(texts.NoReply));
                break;
        }
        foreach (var followup in outcome.Followups.OfType<JsonObject>())
        {
            lines.Add(style.Dim("↳ " + texts.Followup));
            lines.AddRange(messages.Render(followup, language, width));
        }
        return lines;
    }

    private IEnumerable<string> Suggestions(JsonArray? choices, TerminalTexts texts)
    {
        var list = choices?.OfType<JsonObject>().ToList() ?? [];
        if (list.Count == 0)
            return [style.Dim(texts.NoSuggestions)];
        return list.Select(c => $"  {c["name"]} → {style.Bold(c["value"]?.ToString() ?? "")}").Prepend(texts.Suggestions);
    }

    private static long IntOf(JsonNode? node) => JsonNumbers.Int64(node) ?? 0;
}
