using System.Text.Json.Nodes;
using NewsBot.Sandbox.Control;
using NewsBot.Sandbox.World;

namespace NewsBot.NoToken.Terminal;

/// <summary>
/// Watches the guild's channels and reports each new message the bot posts on its own (announcements, reminders);
/// replies to interactions are left out because the terminal shows them with the command.
/// </summary>
internal sealed class ChannelWatcher(SandboxControl control, IReadOnlyList<SandboxChannel> channels)
{
    private static readonly TimeSpan WaitSlice = TimeSpan.FromSeconds(30);

    /// <summary>Marks what is already there as seen, then reports every later message until cancelled.</summary>
    public Task RunAsync(Action<SandboxChannel, JsonObject> onMessage, CancellationToken cancellationToken)
    {
        var watches = channels.Select(channel => (channel, seen: IdsOf(control.Messages(channel.Id)))).ToList();
        return Task.WhenAll(watches.Select(w => WatchAsync(w.channel, w.seen, onMessage, cancellationToken)));
    }

    private async Task WatchAsync(SandboxChannel channel, HashSet<string> seen, Action<SandboxChannel, JsonObject> onMessage, CancellationToken cancellationToken)
    {
        var known = seen.Count;
        while (!cancellationToken.IsCancellationRequested)
        {
            IReadOnlyList<JsonObject> messages;
            try
            {
                messages = await control.WaitForMessagesAsync(channel.Id, known + 1, WaitSlice, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            foreach (var message in messages)
            {
                if (message["id"]?.ToString() is { } id && seen.Add(id) && !IsInteractionReply(message))
                    onMessage(channel, message);
            }
            known = messages.Count;
        }
    }

    /// <summary>Replies and follow-ups to interactions come through the application's webhook.</summary>
    public static bool IsInteractionReply(JsonObject message) =>
        message.ContainsKey("webhook_id") || message.ContainsKey("interaction_metadata");

    private static HashSet<string> IdsOf(IEnumerable<JsonObject> messages) =>
        [.. messages.Select(m => m["id"]?.ToString()).OfType<string>()];
}
