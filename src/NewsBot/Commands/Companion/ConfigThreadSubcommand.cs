using NewsBot.Commands.Config;
using NewsBot.Companion;

namespace NewsBot.Commands.Companion;

/// <summary>/config thread: the live thread on or off (default on); warns when the bot lacks the thread permissions.</summary>
internal sealed class ConfigThreadSubcommand(ICompanionSettingsStore store, CompanionPermissionChecks checks, TimeProvider time)
    : ConfigSwitchSubcommand("thread", "A live thread on each stream's announcement", "thread", "Ein Live-Thread an der Ankündigung jedes Streams")
{
    protected override async Task<(string Outcome, IReadOnlyList<string> Warnings)> ApplyAsync(
        ConfigRequest request, bool enabled, CancellationToken cancellationToken)
    {
        var texts = CompanionConfigTexts.For(request.Texts.Language);
        var current = await store.GetAsync(request.GuildId, cancellationToken);
        await store.SaveAsync(current with { LiveThread = enabled }, request.Context.UserId, time.GetUtcNow(), cancellationToken);
        var warnings = enabled ? await checks.ThreadAsync(request, texts, cancellationToken) : [];
        return (enabled ? texts.ThreadOn : texts.ThreadOff, warnings);
    }
}
