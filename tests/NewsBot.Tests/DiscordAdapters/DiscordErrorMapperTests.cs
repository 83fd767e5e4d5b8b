using System.Net;
using NewsBot.Announcements;
using NewsBot.Announcements.Events;
using NewsBot.Discord.Rest;
using NewsBot.DiscordAdapters;

namespace NewsBot.Tests.DiscordAdapters;

public sealed class DiscordErrorMapperTests
{
    private static DiscordError Api(HttpStatusCode status, int? code) => new(DiscordErrorKind.Api, "error", status, code);

    public static TheoryData<DiscordError, PublishFailureKind> PermanentPublishFailures => new()
    {
        { Api(HttpStatusCode.Forbidden, DiscordErrorCodes.MissingPermissions), PublishFailureKind.MissingPermission },
        { Api(HttpStatusCode.Forbidden, DiscordErrorCodes.MissingAccess), PublishFailureKind.MissingPermission },
        { Api(HttpStatusCode.NotFound, DiscordErrorCodes.UnknownChannel), PublishFailureKind.UnknownChannel },
        { Api(HttpStatusCode.BadRequest, DiscordErrorCodes.InvalidFormBody), PublishFailureKind.Other },
        { new DiscordError(DiscordErrorKind.Validation, "too long"), PublishFailureKind.Other },
    };

    [Theory]
    [MemberData(nameof(PermanentPublishFailures))]
    public void Permanent_publish_failures_are_classified(DiscordError error, PublishFailureKind kind)
    {
        var result = Assert.IsType<PublishResult.PermanentFailure>(DiscordErrorMapper.ToPublishFailure(error));
        Assert.Equal(kind, result.Kind);
        Assert.Contains(error.Message, result.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<DiscordError> TransientErrors => new()
    {
        new DiscordError(DiscordErrorKind.RateLimited, "429"),
        new DiscordError(DiscordErrorKind.Transport, "reset"),
        Api(HttpStatusCode.InternalServerError, null),
        Api(HttpStatusCode.BadGateway, null),
        Api(HttpStatusCode.TooManyRequests, null),
    };

    [Theory]
    [MemberData(nameof(TransientErrors))]
    public void Rate_limits_server_errors_and_network_failures_are_transient(DiscordError error)
    {
        Assert.IsType<PublishResult.TransientFailure>(DiscordErrorMapper.ToPublishFailure(error));
        var failed = Assert.IsType<EventMirrorResult.Failed>(DiscordErrorMapper.ToEventFailure(error));
        Assert.Equal(EventMirrorFailure.Transient, failed.Kind);
    }

    public static TheoryData<DiscordError, EventMirrorFailure> EventFailures => new()
    {
        { Api(HttpStatusCode.BadRequest, DiscordErrorMapper.MaxScheduledEvents), EventMirrorFailure.TooManyEvents },
        { Api(HttpStatusCode.NotFound, DiscordErrorCodes.UnknownScheduledEvent), EventMirrorFailure.UnknownEvent },
        { Api(HttpStatusCode.Forbidden, DiscordErrorCodes.MissingPermissions), EventMirrorFailure.MissingPermission },
        { Api(HttpStatusCode.Forbidden, DiscordErrorCodes.MissingAccess), EventMirrorFailure.MissingPermission },
    };

    [Theory]
    [MemberData(nameof(EventFailures))]
    public void Event_failures_are_classified(DiscordError error, EventMirrorFailure kind)
    {
        var failed = Assert.IsType<EventMirrorResult.Failed>(DiscordErrorMapper.ToEventFailure(error));
        Assert.Equal(kind, failed.Kind);
    }
}
