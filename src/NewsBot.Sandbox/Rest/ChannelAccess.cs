using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox.Rest;

/// <summary>
/// The channel a REST route names in <c>{channel_id}</c>, and the bot's permissions in it, checked as Discord checks
/// them: a channel that does not exist is 404 Unknown Channel (10003), one the bot cannot view 403 Missing Access (50001).
/// </summary>
internal sealed record ChannelAccess(SandboxGuild Guild, SandboxChannel Channel, ulong Permissions)
{
    /// <summary>The route's channel; null when there is no such channel (answer <see cref="ApiError.UnknownChannel"/>).</summary>
    public static SandboxChannel? Find(HttpContext context, SandboxState state) =>
        HttpJson.RouteId(context, "channel_id") is { } id ? state.World.FindChannel(id) : null;

    /// <summary>The route's channel with the bot's permissions in it, or why the bot may not use it at all.</summary>
    public static (ChannelAccess? Access, ApiError? Refusal) Check(HttpContext context, SandboxState state)
    {
        if (Find(context, state) is not { } channel)
            return (null, ApiError.UnknownChannel);
        var guild = state.World.FindGuild(channel.GuildId)!;
        var permissions = guild.PermissionsIn(state.World.BotMember(guild), channel);
        return (permissions & SandboxPermissions.ViewChannel) == 0
            ? (null, ApiError.MissingAccess)
            : (new ChannelAccess(guild, channel, permissions), null);
    }

    /// <summary>Whether the bot has <paramref name="permission"/> in the channel.</summary>
    public bool Allows(ulong permission) => (Permissions & permission) != 0;
}
