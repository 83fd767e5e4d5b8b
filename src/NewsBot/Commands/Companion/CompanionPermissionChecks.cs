using System.Globalization;
using NewsBot.Commands.Config;

namespace NewsBot.Commands.Companion;

/// <summary>What the companion needs of the bot: thread permissions in the announcement channel, posting and files in the queue channel.</summary>
internal sealed class CompanionPermissionChecks(IChannelPermissionProbe probe)
{
    // Read Message History: the bot finds its own CSV there again after a crash.
    private const ulong Queue = Permissions.ViewChannel | Permissions.SendMessages | Permissions.EmbedLinks | Permissions.AttachFiles
        | Permissions.ReadMessageHistory;

    public async Task<IReadOnlyList<string>> ThreadAsync(ConfigRequest request, CompanionConfigTexts texts, CancellationToken cancellationToken)
    {
        if (request.Settings.AnnouncementChannelId is not { } channelId
            || await probe.BotChannelPermissionsAsync(request.GuildId, channelId, cancellationToken) is not { } granted)
            return [];
        var missing = Missing(granted, Permissions.LiveThread);
        return missing == 0 ? [] : [Format(texts.MissingThreadPermissions, missing)];
    }

    public async Task<IReadOnlyList<string>> ModeratorChannelAsync(ulong guildId, ulong channelId, CompanionConfigTexts texts, CancellationToken cancellationToken)
    {
        if (await probe.BotChannelPermissionsAsync(guildId, channelId, cancellationToken) is not { } granted)
            return [texts.ModeratorChannelNotVisible];
        var missing = Missing(granted, Queue);
        return missing == 0 ? [] : [Format(texts.MissingModeratorPermissions, missing)];
    }

    private static string Format(string template, ulong missing) =>
        string.Format(CultureInfo.InvariantCulture, template, string.Join(", ", Permissions.Names(missing)));

    private static ulong Missing(ulong granted, ulong required) =>
        (granted & Permissions.Administrator) != 0 ? 0 : required & ~granted;
}
