using NewsBot.Testing;
using System.Net;
using System.Text.Json.Nodes;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Discord.Tests.Support;

namespace NewsBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests
{
    private const string MessageJson = """{"id":"700","channel_id":"123","content":"hi","timestamp":"2025-03-04T17:00:00+00:00","embeds":[],"unknown_field":true}""";

    private static MessageCreateRequest Hello(string? nonce = null) => new()
    {
        Content = "Hallo <@&42>",
        AllowedMentions = AllowedMentions.None,
        Nonce = nonce,
        EnforceNonce = nonce is null ? null : true,
    };

    [Fact]
    public async Task Posts_a_message_to_the_channel_route_with_bot_auth_user_agent_and_json_body()
    {
        var fixture = new RestClientFixture();
        fixture.Http.Then(HttpStatusCode.OK, MessageJson);

        var result = await fixture.Client.CreateMessageAsync(123, Hello(), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(700UL, result.Value!.Id.Value);
        var request = Assert.Single(fixture.Http.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://127.0.0.1:5999/api/v10/channels/123/messages", request.Uri.ToString());
        Assert.Equal("Bot test-token", request.Authorization);
        Assert.Equal("DiscordBot (https://example.test/newsbot, 2.1)", request.UserAgent);
        Assert.Equal("application/json", request.ContentType);
        var body = JsonNode.Parse(request.Body!)!;
        Assert.Equal("Hallo <@&42>", (string)body["content"]!);
        Assert.Equal("""{"parse":[]}""", body["allowed_mentions"]!.ToJsonString());
        Assert.Null(body["embeds"]);
    }

    [Fact]
    public async Task Interaction_callback_and_webhook_routes_carry_ids_and_token()
    {
        var fixture = new RestClientFixture();
        fixture.Http.Then(HttpStatusCode.NoContent, "").Then(HttpStatusCode.OK, MessageJson);

        var callback = await fixture.Client.CreateInteractionResponseAsync(77, "tok/en", InteractionResponse.DeferredMessage(ephemeral: true), CancellationToken.None);
        var edit = await fixture.Client.EditOriginalInteractionResponseAsync(555, "tok/en",
            new WebhookMessageEditRequest { Content = "fertig", AllowedMentions = AllowedMentions.None }, CancellationToken.None);

        Assert.True(callback.IsSuccess);
        Assert.True(edit.IsSuccess);
        var requests = fixture.Http.Requests.ToArray();
        Assert.Equal("/api/v10/interactions/77/tok%2Fen/callback", requests[0].Uri.AbsolutePath);
        Assert.Equal("""{"type":5,"data":{"flags":64}}""", requests[0].Body);
        Assert.Equal(HttpMethod.Patch, requests[1].Method);
        Assert.Equal("/api/v10/webhooks/555/tok%2Fen/messages/@original", requests[1].Uri.AbsolutePath);
    }

    [Fact]
    public async Task A_request_waits_for_the_bucket_reset_when_remaining_is_zero()
    {
        var fixture = new RestClientFixture();
        fixture.Http
            .Then(HttpStatusCode.OK, MessageJson, ("X-RateLimit-Bucket", "abc"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "2.5"))
            .Then(HttpStatusCode.OK, MessageJson, ("X-RateLimit-Bucket", "abc"), ("X-RateLimit-Remaining", "4"), ("X-RateLimit-Reset-After", "5"));
        var start = fixture.Time.GetUtcNow();

        await fixture.Client.CreateMessageAsync(123, Hello(), CancellationToken.None);
        var second = await fixture.RunAsync(fixture.Client.CreateMessageAsync(123, Hello(), CancellationToken.None));

        Assert.True(second.IsSuccess);
        var requests = fixture.Http.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.True(requests[1].At - start >= TimeSpan.FromSeconds(2.5), $"sent after {requests[1].At - start}");
    }

    [Fact]
    public async Task A_reset_a_fraction_of_a_millisecond_away_is_waited_for_instead_of_spun_on()
    {
        var fixture = new RestClientFixture();
        fixture.Http
            .Then(HttpStatusCode.OK, MessageJson, ("X-RateLimit-Bucket", "abc"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "0.0004"))
            .Then(HttpStatusCode.OK, MessageJson);
        var start = fixture.Time.GetUtcNow();

        await fixture.Client.CreateMessageAsync(123, Hello(), CancellationToken.None);
        // Off the test's thread: a wait cut down to 0 ms returns at once, and the loop would spin there for good.
        var second = Task.Run(() => fixture.Client.CreateMessageAsync(123, Hello(), CancellationToken.None));
        var resumed = await fixture.Time.AdvanceToTimerAsync("RestRateLimiter.AcquireAsync");

        Assert.True((await second.WithinAsync()).IsSuccess);
        Assert.Equal(TimeSpan.FromMilliseconds(1), resumed - start);
        Assert.Equal(resumed, fixture.Http.Requests.Last().At);
    }

    [Fact]
    public async Task An_exhausted_bucket_of_one_channel_does_not_hold_up_another_channel()
    {
        var fixture = new RestClientFixture();
        fixture.Http.Then(HttpStatusCode.OK, MessageJson, ("X-RateLimit-Bucket", "abc"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "60"));

        await fixture.Client.CreateMessageAsync(123, Hello(), CancellationToken.None);
        var other = await fixture.Client.CreateMessageAsync(456, Hello(), CancellationToken.None).WithinAsync();

        Assert.True(other.IsSuccess);
        Assert.Equal(fixture.Time.GetUtcNow(), fixture.Http.Requests.Last().At);
    }

    [Fact]
    public async Task A_burst_of_posts_queues_behind_the_bucket_instead_of_failing()
    {
        var fixture = new RestClientFixture();
        fixture.Http.Fallback = _ => FakeDiscordHttp.Json(HttpStatusCode.OK, MessageJson,
            ("X-RateLimit-Bucket", "abc"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "1"));

        var burst = Task.WhenAll(Enumerable.Range(0, 5).Select(_ => fixture.Client.CreateMessageAsync(123, Hello(), CancellationToken.None)));
        var results = await fixture.RunAsync(burst);

        Assert.All(results, r => Assert.True(r.IsSuccess));
        var times = fixture.Http.Requests.Select(r => r.At).ToArray();
        for (var i = 1; i < times.Length; i++)
            Assert.True(times[i] - times[i - 1] >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Routes_that_report_the_same_bucket_share_its_limit()
    {
        var fixture = new RestClientFixture();
        fixture.Http
            .Then(HttpStatusCode.OK, "[]", ("X-RateLimit-Bucket", "shared"), ("X-RateLimit-Remaining", "5"), ("X-RateLimit-Reset-After", "2"))
            .Then(HttpStatusCode.OK, "[]", ("X-RateLimit-Bucket", "shared"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "2"))
            .Then(HttpStatusCode.OK, "[]", ("X-RateLimit-Bucket", "shared"), ("X-RateLimit-Remaining", "4"), ("X-RateLimit-Reset-After", "2"));
        var start = fixture.Time.GetUtcNow();

        await fixture.Client.GetGuildChannelsAsync(1, CancellationToken.None);
        await fixture.Client.GetGuildRolesAsync(1, CancellationToken.None);
        var third = await fixture.RunAsync(fixture.Client.GetGuildChannelsAsync(1, CancellationToken.None));

        Assert.True(third.IsSuccess);
        Assert.True(fixture.Http.Requests.Last().At - start >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task A_429_on_a_bucket_waits_retry_after_and_retries()
    {
        var fixture = new RestClientFixture();
        fixture.Http
            .Then(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":1.5,"global":false}""",
                ("Retry-After", "2"), ("X-RateLimit-Scope", "user"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "1.5"))
            .Then(HttpStatusCode.OK, MessageJson);

        var result = await fixture.RunAsync(fixture.Client.CreateMessageAsync(123, Hello(), CancellationToken.None));

        Assert.True(result.IsSuccess);
        var requests = fixture.Http.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task Each_429_is_counted_by_its_route_and_scope()
    {
        using var metrics = new RecordedMeasurements();
        var fixture = new RestClientFixture(meterFactory: metrics.Factory);
        fixture.Http
            .Then(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":0.5,"global":false}""", ("X-RateLimit-Scope", "shared"))
            .Then(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":0.5,"global":false}""", ("X-RateLimit-Scope", "user"))
            .Then(HttpStatusCode.OK, MessageJson);

        var result = await fixture.RunAsync(fixture.Client.CreateMessageAsync(123, Hello(), CancellationToken.None));

        Assert.True(result.IsSuccess);
        Assert.Equal(2, metrics.Sum("newsbot.rest.rate_limited", ("route", "POST channels/{channel_id}/messages")));
        Assert.Equal(1, metrics.Sum("newsbot.rest.rate_limited", ("scope", "shared")));
        Assert.Equal(1, metrics.Sum("newsbot.rest.rate_limited", ("scope", "user")));
    }

    [Fact]
    public async Task A_global_429_pauses_every_route_until_retry_after()
    {
        var fixture = new RestClientFixture();
        fixture.Http
            .Then(HttpStatusCode.TooManyRequests, """{"message":"global","retry_after":3,"global":true}""", ("X-RateLimit-Global", "true"), ("X-RateLimit-Scope", "global"));
        fixture.Http.Fallback = r => FakeDiscordHttp.Json(HttpStatusCode.OK, r.Uri.AbsolutePath.EndsWith("/roles", StringComparison.Ordinal) ? "[]" : MessageJson);
        var start = fixture.Time.GetUtcNow();

        var message = fixture.Client.CreateMessageAsync(123, Hello(), CancellationToken.None);
        await fixture.GlobalPauseAsync();
        var roles = fixture.Client.GetGuildRolesAsync(999, CancellationToken.None);
        await fixture.RunAsync(Task.WhenAll(message, roles));

        Assert.True((await message).IsSuccess);
        Assert.True((await roles).IsSuccess);
        Assert.All(fixture.Http.Requests.Skip(1), r => Assert.True(r.At - start >= TimeSpan.FromSeconds(3), $"sent after {r.At - start}"));
    }

    [Fact]
    public async Task Gives_up_with_a_rate_limited_error_after_the_allowed_waits()
    {
        var fixture = new RestClientFixture(o => o.MaxRateLimitRetries = 2);
        fixture.Http.Fallback = _ => FakeDiscordHttp.Json(HttpStatusCode.TooManyRequests, """{"message":"slow down","retry_after":0.5,"global":false}""");

        var result = await fixture.RunAsync(fixture.Client.GetGuildChannelsAsync(1, CancellationToken.None));

        Assert.Equal(DiscordErrorKind.RateLimited, result.Error!.Kind);
        Assert.Equal(3, fixture.Http.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task A_server_error_on_a_get_is_retried(HttpStatusCode status)
    {
        var fixture = new RestClientFixture();
        fixture.Http.Then(status, "").Then(HttpStatusCode.OK, """[{"id":"1","name":"@everyone","permissions":"1024","position":0}]""");

        var result = await fixture.RunAsync(fixture.Client.GetGuildRolesAsync(1, CancellationToken.None));

        Assert.True(result.IsSuccess);
        Assert.Equal(Permissions.ViewChannel, Assert.Single(result.Value!).Permissions);
        Assert.Equal(2, fixture.Http.Requests.Count);
    }

    [Fact]
    public async Task Transient_failures_are_retried_exactly_the_configured_number_of_times()
    {
        var fixture = new RestClientFixture(o => o.MaxTransientRetries = 2);
        fixture.Http.Fallback = _ => FakeDiscordHttp.Json(HttpStatusCode.ServiceUnavailable, "");

        var result = await fixture.RunAsync(fixture.Client.GetGuildRolesAsync(1, CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, result.Error!.Status);
        Assert.Equal(3, fixture.Http.Requests.Count);
    }

    [Fact]
    public async Task A_connection_failure_on_every_attempt_ends_as_a_transport_error_after_the_retries()
    {
        var fixture = new RestClientFixture(o => o.MaxTransientRetries = 1);
        fixture.Http.Fallback = _ => throw new HttpRequestException("connection reset");

        var result = await fixture.RunAsync(fixture.Client.GetCurrentUserAsync(CancellationToken.None));

        Assert.Equal(DiscordErrorKind.Transport, result.Error!.Kind);
        Assert.Equal(2, fixture.Http.Requests.Count);
    }

    [Fact]
    public async Task A_request_without_an_answer_times_out_after_the_request_timeout_as_a_transport_error()
    {
        var fixture = new RestClientFixture(o =>
        {
            o.RequestTimeout = TimeSpan.FromSeconds(5);
            o.MaxTransientRetries = 0;
        });
        fixture.Http.ThenNoAnswer();
        var start = fixture.Time.GetUtcNow();

        var result = await fixture.RunAsync(fixture.Client.GetGuildRolesAsync(1, CancellationToken.None));

        Assert.Equal(DiscordErrorKind.Transport, result.Error!.Kind);
        Assert.IsType<TimeoutException>(result.Error.Exception?.InnerException);
        Assert.Equal(TimeSpan.FromSeconds(5), fixture.Time.GetUtcNow() - start);
    }

    [Fact]
    public async Task A_request_cancelled_by_the_caller_is_not_reported_as_a_timeout()
    {
        var fixture = new RestClientFixture();
        fixture.Http.ThenNoAnswer();
        using var cancel = new CancellationTokenSource();

        var request = fixture.Client.GetGuildRolesAsync(1, cancel.Token);
        await fixture.Http.NextArrivalAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_connection_failure_is_retried_where_safe()
    {
        var fixture = new RestClientFixture();
        fixture.Http.Then(_ => throw new HttpRequestException("connection reset")).Then(HttpStatusCode.OK, """{"id":"9","username":"bot"}""");

        var result = await fixture.RunAsync(fixture.Client.GetCurrentUserAsync(CancellationToken.None));

        Assert.True(result.IsSuccess);
        Assert.Equal(2, fixture.Http.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, 0)]
    [InlineData(HttpStatusCode.Forbidden, 50013)]
    public async Task Unauthorized_and_forbidden_are_never_retried(HttpStatusCode status, int code)
    {
        var fixture = new RestClientFixture();
        fixture.Http.Fallback = _ => FakeDiscordHttp.Json(status, $$"""{"message":"no","code":{{code}}}""");

        var result = await fixture.RunAsync(fixture.Client.GetGuildChannelsAsync(1, CancellationToken.None));

        Assert.Equal(DiscordErrorKind.Api, result.Error!.Kind);
        Assert.Equal(status, result.Error.Status);
        Assert.Single(fixture.Http.Requests);
        Assert.Equal(code == DiscordErrorCodes.MissingPermissions, result.Error.IsMissingPermissions);
    }

    [Fact]
    public async Task A_message_post_without_nonce_is_not_retried_after_a_server_error()
    {
        var fixture = new RestClientFixture();
        fixture.Http.Fallback = _ => FakeDiscordHttp.Json(HttpStatusCode.BadGateway, "");

        var result = await fixture.RunAsync(fixture.Client.CreateMessageAsync(123, Hello(), CancellationToken.None));

        Assert.False(result.IsSuccess);
        Assert.Equal(HttpStatusCode.BadGateway, result.Error.Status);
        Assert.Single(fixture.Http.Requests);
    }

    [Fact]
    public async Task A_message_post_with_an_enforced_nonce_is_retried_with_the_same_nonce()
    {
        var fixture = new RestClientFixture();
        fixture.Http.Then(HttpStatusCode.BadGateway, "").Then(HttpStatusCode.OK, MessageJson);

        var result = await fixture.RunAsync(fixture.Client.CreateMessageAsync(123, Hello("stream-1:guild-2:t15"), CancellationToken.None));

        Assert.True(result.IsSuccess);
        var bodies = fixture.Http.Requests.Select(r => JsonNode.Parse(r.Body!)!).ToArray();
        Assert.Equal(2, bodies.Length);
        Assert.All(bodies, b => Assert.Equal("stream-1:guild-2:t15", (string)b["nonce"]!));
        Assert.All(bodies, b => Assert.True((bool)b["enforce_nonce"]!));
    }

    [Fact]
    public async Task An_interaction_callback_retried_after_a_server_error_counts_already_acknowledged_as_success()
    {
        var fixture = new RestClientFixture();
        fixture.Http.Then(HttpStatusCode.InternalServerError, "")
            .Then(HttpStatusCode.BadRequest, """{"message":"Interaction has already been acknowledged.","code":40060}""");

        var result = await fixture.RunAsync(
            fixture.Client.CreateInteractionResponseAsync(1, "t", InteractionResponse.DeferredMessage(false), CancellationToken.None));

        Assert.True(result.IsSuccess);
        Assert.Equal(2, fixture.Http.Requests.Count);
    }

    [Fact]
    public async Task An_invalid_form_body_error_carries_code_message_and_field_errors()
    {
        var fixture = new RestClientFixture();
        fixture.Http.Then(HttpStatusCode.BadRequest,
            """{"code":50035,"message":"Invalid Form Body","errors":{"content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 2000 or fewer in length."}]}}}""");

        var result = await fixture.Client.CreateMessageAsync(123, Hello(), CancellationToken.None);

        Assert.Equal(DiscordErrorCodes.InvalidFormBody, result.Error!.Code);
        Assert.Equal("Invalid Form Body", result.Error.Message);
        Assert.Equal(HttpStatusCode.BadRequest, result.Error.Status);
        Assert.Equal("BASE_TYPE_MAX_LENGTH", result.Error.Errors!.Value.GetProperty("content").GetProperty("_errors")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(10003)]
    [InlineData(10062)]
    [InlineData(50001)]
    public async Task Documented_error_codes_come_back_as_values(int code)
    {
        var fixture = new RestClientFixture();
        fixture.Http.Then(HttpStatusCode.NotFound, $$"""{"code":{{code}},"message":"Unknown"}""");

        var result = await fixture.Client.GetGuildChannelsAsync(1, CancellationToken.None);

        Assert.Equal(code, result.Error!.Code);
    }

    [Fact]
    public async Task A_message_over_the_limits_is_refused_before_any_request()
    {
        var fixture = new RestClientFixture();

        var result = await fixture.Client.CreateMessageAsync(123,
            new MessageCreateRequest { Content = new string('x', 2001), AllowedMentions = AllowedMentions.None }, CancellationToken.None);

        Assert.Equal(DiscordErrorKind.Validation, result.Error!.Kind);
        Assert.Equal("content", Assert.Single(result.Error.Violations!).Path);
        Assert.Empty(fixture.Http.Requests);
    }

    [Fact]
    public async Task Scheduled_event_create_posts_to_the_guild_route()
    {
        var fixture = new RestClientFixture();
        fixture.Http.Then(HttpStatusCode.OK,
            """{"id":"31","guild_id":"8","name":"Live","scheduled_start_time":"2025-03-04T18:00:00+00:00","privacy_level":2,"status":1,"entity_type":3,"entity_metadata":{"location":"https://zdf.de"},"new_thing":1}""");

        var result = await fixture.Client.CreateScheduledEventAsync(8, new GuildScheduledEventCreateRequest
        {
            Name = "Live",
            ScheduledStartTime = new DateTimeOffset(2025, 3, 4, 18, 0, 0, TimeSpan.Zero),
            ScheduledEndTime = new DateTimeOffset(2025, 3, 4, 19, 0, 0, TimeSpan.Zero),
            EntityMetadata = new GuildScheduledEventEntityMetadata("https://zdf.de"),
        }, CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(GuildScheduledEventStatus.Scheduled, result.Value!.Status);
        Assert.Equal("/api/v10/guilds/8/scheduled-events", Assert.Single(fixture.Http.Requests).Uri.AbsolutePath);
    }
}
