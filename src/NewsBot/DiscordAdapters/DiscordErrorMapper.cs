using System.Net;
using NewsBot.Announcements;
using NewsBot.Announcements.Events;
using NewsBot.Discord.Rest;

namespace NewsBot.DiscordAdapters;

/// <summary>Which Discord errors are worth retrying and which are a moderator's to fix.</summary>
internal static class DiscordErrorMapper
{
    /// <summary>Discord's "maximum number of uncompleted guild scheduled events reached".</summary>
    public const int MaxScheduledEvents = 30038;

    public static PublishResult ToPublishFailure(DiscordError error)
    {
        if (IsTransient(error))
            return new PublishResult.TransientFailure(Describe(error));
        if (error.IsMissingPermissions || error.Status == HttpStatusCode.Forbidden)
            return new PublishResult.PermanentFailure(PublishFailureKind.MissingPermission, Describe(error));
        if (error.Code == DiscordErrorCodes.UnknownChannel || error.Status == HttpStatusCode.NotFound)
            return new PublishResult.PermanentFailure(PublishFailureKind.UnknownChannel, Describe(error));
        return new PublishResult.PermanentFailure(PublishFailureKind.Other, Describe(error));
    }

    public static EventMirrorResult ToEventFailure(DiscordError error)
    {
        var kind = error switch
        {
            { Code: MaxScheduledEvents } => EventMirrorFailure.TooManyEvents,
            _ when IsTransient(error) => EventMirrorFailure.Transient,
            { Code: DiscordErrorCodes.UnknownScheduledEvent } => EventMirrorFailure.UnknownEvent,
            { Code: DiscordErrorCodes.UnknownGuild } => EventMirrorFailure.MissingPermission,
            _ when error.IsMissingPermissions || error.Status == HttpStatusCode.Forbidden => EventMirrorFailure.MissingPermission,
            { Status: HttpStatusCode.NotFound } => EventMirrorFailure.UnknownEvent,
            // Anything else (a refused body, …) will not improve by itself; it is reported like a permission problem.
            _ => EventMirrorFailure.MissingPermission,
        };
        return new EventMirrorResult.Failed(kind, Describe(error));
    }

    /// <summary>Discord's answer in one line, for logs and /config show.</summary>
    public static string Describe(DiscordError error)
    {
        var text = error.ToString();
        return text.Contains(error.Message, StringComparison.Ordinal) ? text : $"{text.TrimEnd(' ', ':')}: {error.Message}";
    }

    /// <summary>Rate limits, 5xx, timeouts and network failures may go away by themselves.</summary>
    public static bool IsTransient(DiscordError error) =>
        error.Kind is DiscordErrorKind.RateLimited or DiscordErrorKind.Transport
        || error.Status is HttpStatusCode.TooManyRequests
        || error.Status is { } status && (int)status >= 500;
}
