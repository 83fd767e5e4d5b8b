using NewsBot.Commands.Config;
using NewsBot.Companion;
using NewsBot.Messages;

namespace NewsBot.Commands.Companion;

/// <summary>The companion's lines in /config show: thread on/off, the queue channel, and missing permissions for either.</summary>
internal sealed class CompanionShowSection(ICompanionSettingsStore store, CompanionPermissionChecks checks) : IConfigShowSection
{
    public async Task<(IReadOnlyList<BotEmbedField> Fields, IReadOnlyList<string> Problems)> DescribeAsync(ConfigRequest request, CancellationToken cancellationToken)
    {
        var texts = CompanionConfigTexts.For(request.Texts.Language);
        var settings = await store.GetAsync(request.GuildId, cancellationToken);
        var problems = new List<string>();
        if (settings.LiveThread)
            problems.AddRange(await checks.ThreadAsync(request, texts, cancellationToken));
        if (settings.ModeratorChannelId is { } channel)
            problems.AddRange(await checks.ModeratorChannelAsync(request.GuildId, channel, texts, cancellationToken));
        BotEmbedField[] fields =
        [
            new(texts.ThreadLabel, settings.LiveThread ? request.Texts.On : request.Texts.Off, Inline: true),
            new(texts.ModeratorChannelLabel, settings.ModeratorChannelId is { } c ? $"<#{c}>" : texts.NoModeratorChannel, Inline: true),
        ];
        return (fields, problems);
    }
}
