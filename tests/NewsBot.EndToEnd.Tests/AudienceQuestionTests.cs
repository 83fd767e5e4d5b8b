using System.Text.Json.Nodes;
using NewsBot.Sandbox.Control;
using NewsBot.Sandbox.World;
using static NewsBot.EndToEnd.Tests.BotHarness;

namespace NewsBot.EndToEnd.Tests;

/// <summary>Issue 13: members ask, moderators decide in their queue, approved questions go to the live thread and collect votes.</summary>
public sealed class AudienceQuestionTests : IAsyncLifetime
{
    private CompanionScenario _scenario = null!;
    private BotHarness _bot = null!;
    private ulong _moderators;

    public async Task InitializeAsync()
    {
        _scenario = await CompanionScenario.StartAsync();
        _bot = _scenario.Bot;
        _moderators = _scenario.Moderators;
    }

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    private SandboxGuild Guild => _scenario.Guild;

    private static ulong Id(JsonObject message) => CompanionScenario.Id(message);

    private Task<string> AskAsync(ulong userId, string question, string? panelist = null) => _scenario.AskAsync(userId, question, panelist);

    private Task<InteractionOutcome> PressAsync(ulong channelId, JsonObject message, string label, ulong userId) =>
        _scenario.PressAsync(channelId, message, label, userId);

    private Task<JsonObject> LiveThreadAsync() => _scenario.GoLiveAsync();

    private JsonObject Current(ulong channelId, JsonObject message) => _scenario.Current(channelId, message);

    [Fact]
    public async Task A_question_goes_through_the_queue_into_the_live_thread_collects_votes_and_is_marked_answered()
    {
        var viewer = _bot.Sandbox.World.Viewer.Id;
        var moderator = _bot.Sandbox.World.Moderator.Id;
        Assert.Contains("Freigabe", await AskAsync(viewer, "Wie **sicher** ist <@&1> @everyone Europa?"), StringComparison.Ordinal);
        Assert.Contains("Freigabe", await AskAsync(4242, "Was sagt China dazu?"), StringComparison.Ordinal);
        var queue = await _bot.ExpectMessagesAsync(_moderators, 2);
        Assert.Equal(2, queue.Count);
        // Shown literally: markdown escaped, mentions defused, nobody pinged.
        Assert.Contains(@"\*\*sicher\*\*", Text(queue[0]), StringComparison.Ordinal);
        Assert.DoesNotContain("<@&1>", Text(queue[0]), StringComparison.Ordinal);
        Assert.Empty(queue[0]["mention_roles"]!.AsArray());
        Assert.False(queue[0]["mention_everyone"]!.GetValue<bool>());

        // A member without Manage Server cannot moderate.
        var refused = await PressAsync(_moderators, queue[0], "Freigeben", viewer);
        Assert.Contains("Nur die Moderation", Text(refused.Callback!["data"]!.AsObject()), StringComparison.Ordinal);

        var approved = await PressAsync(_moderators, queue[0], "Freigeben", moderator);
        Assert.Equal(7, approved.Callback!["type"]!.GetValue<int>());
        Assert.Contains("freigegeben", Text(approved.Original!), StringComparison.Ordinal);
        var rejected = await PressAsync(_moderators, queue[1], "Ablehnen", moderator);
        Assert.Contains("abgelehnt", Text(rejected.Original!), StringComparison.Ordinal);

        // Approved before the stream started: it appears when the thread opens; the rejected one never does.
        var live = await LiveThreadAsync();
        var thread = await _bot.ExpectMessagesAsync(Id(live), 2);
        Assert.Equal(2, thread.Count);
        var question = thread[1];
        Assert.Contains("Europa", Text(question), StringComparison.Ordinal);
        Assert.DoesNotContain("China", string.Join("\n", thread.Select(Text)), StringComparison.Ordinal);

        var voted = await PressAsync(Id(live), question, "👍", viewer);
        Assert.Contains("Stimme zählt", Text(voted.Callback!["data"]!.AsObject()), StringComparison.Ordinal);
        var again = await PressAsync(Id(live), question, "👍", viewer);
        Assert.Contains("schon gestimmt", Text(again.Callback!["data"]!.AsObject()), StringComparison.Ordinal);
        Assert.True(await _bot.EventuallyAsync(() => Text(Current(Id(live), question)).Contains("1 Stimmen", StringComparison.Ordinal)));

        var answered = await PressAsync(_moderators, approved.Original!, "Beantwortet", moderator);
        Assert.Contains("beantwortet", Text(answered.Original!), StringComparison.Ordinal);
        Assert.True(await _bot.EventuallyAsync(() => Text(Current(Id(live), question)).Contains('✅', StringComparison.Ordinal)));
        Assert.Equal(2, (await _bot.SettleAsync(Id(live))).Count);
    }

    [Fact]
    public async Task Two_hundred_votes_in_one_second_count_exactly_and_the_edits_stay_within_discords_limit()
    {
        await AskAsync(_bot.Sandbox.World.Viewer.Id, "Wie lange hält die Allianz?");
        var queued = Assert.Single(await _bot.ExpectMessagesAsync(_moderators, 1));
        await PressAsync(_moderators, queued, "Freigeben", _bot.Sandbox.World.Moderator.Id);
        var live = await LiveThreadAsync();
        var question = (await _bot.ExpectMessagesAsync(Id(live), 2))[1];
        var votedAt = _bot.Time.GetUtcNow();

        // 200 members, 20 at a time, all within the same (fake) second.
        for (var batch = 0; batch < 10; batch++)
        {
            var presses = Enumerable.Range(0, 20).Select(i => PressAsync(Id(live), question, "👍", 900_000UL + (ulong)(batch * 20 + i)));
            Assert.All(await Task.WhenAll(presses), o => Assert.Equal(200, o.Status));
        }
        Assert.Equal(votedAt, _bot.Time.GetUtcNow());

        Assert.True(await _bot.EventuallyAsync(() => Text(Current(Id(live), question)).Contains("200 Stimmen", StringComparison.Ordinal)));
        var edits = _bot.Sandbox.Control.MessageEdits(Id(live));
        Assert.Equal(0, _bot.Sandbox.Control.RateLimitedCount);
        Assert.InRange(edits.Count, 1, 10);
        foreach (var edit in edits)
            Assert.True(edits.Count(e => e >= edit && e < edit + TimeSpan.FromSeconds(5)) <= 5, "more than 5 edits in 5 s");
        Assert.Contains("👍 200", CompanionScenario.Labels(Current(Id(live), question)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restart_in_the_middle_loses_no_question_or_vote_and_doubles_no_message()
    {
        await AskAsync(_bot.Sandbox.World.Viewer.Id, "Was bedeutet das für Deutschland?");
        var queued = Assert.Single(await _bot.ExpectMessagesAsync(_moderators, 1));
        await PressAsync(_moderators, queued, "Freigeben", _bot.Sandbox.World.Moderator.Id);
        var live = await LiveThreadAsync();
        var question = (await _bot.ExpectMessagesAsync(Id(live), 2))[1];
        for (var i = 0; i < 7; i++)
            await PressAsync(Id(live), question, "👍", 800_000UL + (ulong)i);

        await _bot.StopBotAsync();
        _bot.Time.Advance(TimeSpan.FromMinutes(2));
        await _bot.StartBotAsync();
        for (var i = 7; i < 10; i++)
            await PressAsync(Id(live), question, "👍", 800_000UL + (ulong)i);
        var repeated = await PressAsync(Id(live), question, "👍", 800_000UL);

        Assert.Contains("schon gestimmt", Text(repeated.Callback!["data"]!.AsObject()), StringComparison.Ordinal);
        Assert.True(await _bot.EventuallyAsync(() => Text(Current(Id(live), question)).Contains("10 Stimmen", StringComparison.Ordinal)));
        Assert.Equal(2, (await _bot.SettleAsync(Id(live))).Count);
        Assert.Single(await _bot.SettleAsync(_moderators));
        Assert.Single(Guild.Threads);
    }

    [Fact]
    public async Task Safeguards_merge_the_same_members_repeat_make_them_wait_between_questions_and_flag_near_duplicates()
    {
        var viewer = _bot.Sandbox.World.Viewer.Id;
        Assert.Contains("Freigabe", await AskAsync(viewer, "Wie reagiert die NATO auf das Bündnis?"), StringComparison.Ordinal);
        Assert.Contains("zusammengeführt", await AskAsync(viewer, "wie reagiert die nato auf das bündnis"), StringComparison.Ordinal);
        Assert.Contains("warte kurz", await AskAsync(viewer, "Und was macht Japan?"), StringComparison.Ordinal);
        _bot.Time.Advance(TimeSpan.FromSeconds(61));
        Assert.Contains("Freigabe", await AskAsync(viewer, "Und was macht Japan?"), StringComparison.Ordinal);
        Assert.Contains("Freigabe", await AskAsync(5151, "Wie reagiert die NATO auf dieses Bündnis?"), StringComparison.Ordinal);
        Assert.Contains("höchstens 300", await AskAsync(5152, new string('x', 301)), StringComparison.Ordinal);

        var queue = await _bot.ExpectMessagesAsync(_moderators, 3);
        Assert.Equal(3, queue.Count);
        Assert.Contains("1× wiederholt", Text(_bot.Sandbox.Control.Messages(_moderators)[0]), StringComparison.Ordinal);
        Assert.Contains("Ähnlich wie Frage #1", Text(queue[2]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moderators_see_the_queue_sorted_by_votes_and_members_cannot_open_it()
    {
        foreach (var (user, text) in new[] { (6001UL, "Frage eins?"), (6002UL, "Frage zwei?") })
            await AskAsync(user, text);
        var queue = await _bot.ExpectMessagesAsync(_moderators, 2);
        foreach (var queued in queue)
            await PressAsync(_moderators, queued, "Freigeben", _bot.Sandbox.World.Moderator.Id);
        var live = await LiveThreadAsync();
        var thread = await _bot.ExpectMessagesAsync(Id(live), 3);
        var second = thread.First(m => Text(m).Contains("zwei", StringComparison.Ordinal));
        await PressAsync(Id(live), second, "👍", 7001);
        await PressAsync(Id(live), second, "👍", 7002);

        var view = Text(await _bot.ReplyAsync(_bot.Moderator("queue")));
        var member = await _bot.InvokeAsync(new InteractionRequest("queue") { UserId = _bot.Sandbox.World.Viewer.Id, ChannelId = _bot.General });

        Assert.True(view.IndexOf("zwei", StringComparison.Ordinal) < view.IndexOf("eins", StringComparison.Ordinal), view);
        Assert.Contains("👍 2", view, StringComparison.Ordinal);
        Assert.DoesNotContain("zwei", Text(member.Callback?["data"]?.AsObject() ?? member.Original ?? []), StringComparison.Ordinal);
    }
}
