using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Sandbox.Interactions;
using NewsBot.Sandbox.Rest;
using NewsBot.Sandbox.World;

namespace NewsBot.Sandbox.Tests.Retention;

public sealed class RetentionTests
{
    private static SandboxInteraction Interaction(ulong id, DateTimeOffset at) =>
        new(id, $"token-{id}", 2, 1, 2, at, new SandboxUser(3, "someone"), "summary");

    private static StoredMessage Message(string id) => new(id, System.Text.Encoding.UTF8.GetBytes(new JsonObject { ["id"] = id }.ToJsonString()));

    [Fact]
    public void A_channel_keeps_only_its_newest_messages_up_to_the_limit()
    {
        var store = new MessageStore(new FakeTimeProvider(), TimeSpan.FromMinutes(5), maxPerChannel: 3);
        for (var i = 1; i <= 5; i++)
            store.Add(7, Message(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), 1, null);

        Assert.Equal(["3", "4", "5"], store.List(7).Select(m => m["id"]!.ToString()));
    }

    [Fact]
    public void A_nonce_is_still_found_within_its_window_after_many_other_nonces()
    {
        var time = new FakeTimeProvider();
        var store = new MessageStore(time, TimeSpan.FromMinutes(5));
        var first = Message("first");
        store.Add(7, first, 1, "keep");
        for (var i = 0; i < 2000; i++)
            store.Add(7, Message("x"), 1, $"n{i}");

        Assert.Same(first, store.FindByNonce(1, "keep"));
        time.Advance(TimeSpan.FromMinutes(6));
        store.Add(7, Message("late"), 1, "late");
        Assert.Null(store.FindByNonce(1, "keep"));
    }

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    private static SandboxInteraction Answered(ulong id, DateTimeOffset at)
    {
        var interaction = Interaction(id, at);
        interaction.Callback = """{"type":4,"data":{"content":"ok"}}"""u8.ToArray();
        return interaction;
    }

    [Fact]
    public void Answered_interactions_beyond_the_retention_limit_are_forgotten_oldest_first()
    {
        var time = new FakeTimeProvider();
        var store = new InteractionStore(time, TimeSpan.FromMinutes(15), Deadline, maxRetained: 2);
        for (ulong id = 1; id <= 3; id++)
            store.Add(Answered(id, time.GetUtcNow()));

        Assert.Null(store.ById(1));
        Assert.Null(store.ByToken("token-1"));
        Assert.NotNull(store.ById(2));
        Assert.NotNull(store.ByToken("token-3"));
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public void Interactions_whose_token_expired_are_forgotten_when_new_ones_arrive()
    {
        var time = new FakeTimeProvider();
        var store = new InteractionStore(time, TimeSpan.FromMinutes(15), Deadline, maxRetained: 100);
        store.Add(Interaction(1, time.GetUtcNow()));
        time.Advance(TimeSpan.FromMinutes(10));
        store.Add(Interaction(2, time.GetUtcNow()));
        Assert.NotNull(store.ById(1));

        time.Advance(TimeSpan.FromMinutes(6));
        store.Add(Interaction(3, time.GetUtcNow()));

        Assert.Null(store.ById(1));
        Assert.NotNull(store.ById(2));
        Assert.NotNull(store.ById(3));
    }

    [Fact]
    public void The_limit_never_pushes_out_an_interaction_still_waiting_for_its_callback_within_the_deadline()
    {
        var time = new FakeTimeProvider();
        var store = new InteractionStore(time, TimeSpan.FromMinutes(15), Deadline, maxRetained: 2);
        store.Add(Interaction(1, time.GetUtcNow()));
        store.Add(Answered(2, time.GetUtcNow()));
        store.Add(Answered(3, time.GetUtcNow()));

        Assert.NotNull(store.ById(1));
        Assert.Equal(3, store.Count);

        time.Advance(Deadline + TimeSpan.FromMilliseconds(1));
        store.Add(Answered(4, time.GetUtcNow()));

        Assert.Null(store.ById(1));
        Assert.Null(store.ById(2));
        Assert.NotNull(store.ById(3));
        Assert.NotNull(store.ById(4));
    }
}
