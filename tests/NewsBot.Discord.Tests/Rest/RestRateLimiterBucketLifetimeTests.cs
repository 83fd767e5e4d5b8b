using System.Net;
using NewsBot.Discord.Models;
using NewsBot.Discord.Tests.Support;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>Interaction callbacks take no bucket; per-token buckets leave the map with their last request.</summary>
public sealed class RestRateLimiterBucketLifetimeTests
{
    private const string MessageJson = """{"id":"700","channel_id":"123","content":"hi","timestamp":"2025-03-04T17:00:00+00:00","embeds":[]}""";

    private static WebhookMessageCreateRequest FollowUp() => new() { Content = "mehr", AllowedMentions = AllowedMentions.None };

    [Fact]
    public async Task Many_interaction_callbacks_leave_no_bucket_behind()
    {
        var fixture = new RestClientFixture();
        fixture.Http.Fallback = _ => FakeDiscordHttp.Json(HttpStatusCode.NoContent, "",
            ("X-RateLimit-Bucket", "cb"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "5"));

        var callbacks = Enumerable.Range(1, 200).Select(i =>
            fixture.Client.CreateInteractionResponseAsync((ulong)i, $"token-{i}", InteractionResponse.DeferredMessage(false), CancellationToken.None));
        var results = await Task.WhenAll(callbacks).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal(200, fixture.Http.Requests.Count);
        Assert.Equal(0, fixture.Limiter.BucketCount);
    }

    [Fact]
    public async Task A_429_on_an_interaction_callback_waits_retry_after_and_retries()
    {
        var fixture = new RestClientFixture();
        fixture.Http
            .Then(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":1.5,"global":false}""", ("X-RateLimit-Scope", "user"))
            .Then(HttpStatusCode.NoContent, "");

        var result = await fixture.RunAsync(
            fixture.Client.CreateInteractionResponseAsync(1, "t", InteractionResponse.DeferredMessage(false), CancellationToken.None));

        Assert.True(result.IsSuccess);
        var requests = fixture.Http.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(1.5), $"retried after {requests[1].At - requests[0].At}");
        Assert.Equal(0, fixture.Limiter.BucketCount);
    }

    [Fact]
    public async Task An_interaction_callback_waits_out_a_global_429_pause()
    {
        var fixture = new RestClientFixture();
        fixture.Http.Then(HttpStatusCode.TooManyRequests, """{"message":"global","retry_after":3,"global":true}""", ("X-RateLimit-Global", "true"));
        fixture.Http.Fallback = r => FakeDiscordHttp.Json(r.Uri.AbsolutePath.EndsWith("/callback", StringComparison.Ordinal) ? HttpStatusCode.NoContent : HttpStatusCode.OK,
            r.Uri.AbsolutePath.EndsWith("/callback", StringComparison.Ordinal) ? "" : "[]");
        var start = fixture.Time.GetUtcNow();

        var roles = fixture.Client.GetGuildRolesAsync(1, CancellationToken.None);
        await fixture.GlobalPauseAsync();
        var callback = fixture.Client.CreateInteractionResponseAsync(2, "t", InteractionResponse.DeferredMessage(false), CancellationToken.None);
        await fixture.RunAsync(Task.WhenAll(roles, callback));

        Assert.True((await callback).IsSuccess);
        var sent = fixture.Http.Requests.Single(r => r.Uri.AbsolutePath.EndsWith("/callback", StringComparison.Ordinal));
        Assert.True(sent.At - start >= TimeSpan.FromSeconds(3), $"sent after {sent.At - start}");
    }

    [Fact]
    public async Task Follow_ups_on_many_tokens_leave_no_bucket_behind_once_done()
    {
        var fixture = new RestClientFixture();
        fixture.Http.Fallback = _ => FakeDiscordHttp.Json(HttpStatusCode.OK, MessageJson,
            ("X-RateLimit-Bucket", "wh"), ("X-RateLimit-Remaining", "4"), ("X-RateLimit-Reset-After", "2"));

        var followUps = Enumerable.Range(1, 100).Select(i => fixture.Client.CreateFollowupMessageAsync(9, $"token-{i}", FollowUp(), CancellationToken.None));
        var results = await Task.WhenAll(followUps).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal(0, fixture.Limiter.BucketCount);
    }

    [Fact]
    public async Task An_exhausted_token_bucket_still_holds_back_the_next_follow_up_on_that_token()
    {
        var fixture = new RestClientFixture();
        fixture.Http.Then(HttpStatusCode.OK, MessageJson, ("X-RateLimit-Bucket", "wh"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "2"));
        fixture.Http.Fallback = _ => FakeDiscordHttp.Json(HttpStatusCode.OK, MessageJson);
        var start = fixture.Time.GetUtcNow();

        await fixture.Client.CreateFollowupMessageAsync(9, "tok", FollowUp(), CancellationToken.None);
        var other = await fixture.Client.CreateFollowupMessageAsync(9, "other", FollowUp(), CancellationToken.None).WithinAsync();
        var again = await fixture.RunAsync(fixture.Client.CreateFollowupMessageAsync(9, "tok", FollowUp(), CancellationToken.None));

        Assert.True(other.IsSuccess);
        Assert.True(again.IsSuccess);
        var requests = fixture.Http.Requests.ToArray();
        Assert.Equal(start, requests[1].At);
        Assert.True(requests[2].At - start >= TimeSpan.FromSeconds(2), $"sent after {requests[2].At - start}");
    }

    [Fact]
    public async Task An_exhausted_bucket_left_idle_is_forgotten_after_its_window_passes()
    {
        var fixture = new RestClientFixture();
        fixture.Http.Then(HttpStatusCode.OK, MessageJson, ("X-RateLimit-Bucket", "wh"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "2"));
        fixture.Http.Fallback = _ => FakeDiscordHttp.Json(HttpStatusCode.OK, MessageJson);

        await fixture.Client.CreateFollowupMessageAsync(9, "tok", FollowUp(), CancellationToken.None);
        Assert.True(fixture.Limiter.BucketCount > 0);
        fixture.Time.Advance(TimeSpan.FromSeconds(15));
        await fixture.Client.CreateFollowupMessageAsync(9, "other", FollowUp(), CancellationToken.None);

        Assert.Equal(0, fixture.Limiter.BucketCount);
    }
}
