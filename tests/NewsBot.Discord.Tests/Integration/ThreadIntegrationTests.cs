using NewsBot.Discord.Gateway.Events;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Integration;

/// <summary>Threads from a message and posts in them, through the client against the sandbox over real sockets.</summary>
public sealed class ThreadIntegrationTests
{
    private static MessageCreateRequest Post(string content) => new() { Content = content, AllowedMentions = AllowedMentions.None };

    [Fact]
    public async Task The_client_starts_a_thread_on_a_message_posts_in_it_and_observes_thread_create()
    {
        await using var bot = await SandboxBot.StartAsync();
        var channel = bot.ChannelId("announcements");
        var announcement = (await bot.Rest.CreateMessageAsync(channel, Post("Jetzt live"), CancellationToken.None)).Value!;

        var started = await bot.Rest.StartThreadFromMessageAsync(channel, announcement.Id,
            new ThreadFromMessageRequest { Name = "Wie sicher ist Europa?", AutoArchiveDuration = 1440 }, CancellationToken.None);
        var inThread = await bot.Rest.CreateMessageAsync(started.Value!.Id, Post("Panel und Leitfragen"), CancellationToken.None);
        await bot.Events.WaitForAsync("THREAD_CREATE");

        Assert.True(started.IsSuccess, started.Error?.ToString());
        var thread = started.Value!;
        Assert.Equal(announcement.Id, thread.Id);
        Assert.Equal(ChannelType.PublicThread, thread.Type);
        Assert.True(thread.IsThread);
        Assert.Equal(channel, thread.ParentId?.Value);
        Assert.Equal(1440, thread.ThreadMetadata?.AutoArchiveDuration);
        Assert.True(inThread.IsSuccess, inThread.Error?.ToString());
        Assert.Equal(thread.Id, inThread.Value!.ChannelId);
        var observed = Assert.Single(bot.TypedEvents.Received.OfType<ThreadCreateEvent>());
        Assert.Equal(thread.Id, observed.Thread.Id);
    }

    [Fact]
    public async Task A_second_start_on_the_same_message_comes_back_as_error_160004()
    {
        await using var bot = await SandboxBot.StartAsync(connectGateway: false);
        var channel = bot.ChannelId("announcements");
        var announcement = (await bot.Rest.CreateMessageAsync(channel, Post("Jetzt live"), CancellationToken.None)).Value!;
        var request = new ThreadFromMessageRequest { Name = "Live" };

        var first = await bot.Rest.StartThreadFromMessageAsync(channel, announcement.Id, request, CancellationToken.None);
        var second = await bot.Rest.StartThreadFromMessageAsync(channel, announcement.Id, request, CancellationToken.None);

        Assert.True(first.IsSuccess);
        Assert.Equal(DiscordErrorCodes.ThreadAlreadyCreated, second.Error?.Code);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(101, null)]
    [InlineData(10, 30)]
    public async Task Names_beyond_100_characters_and_unknown_archive_durations_are_refused_before_sending(int nameLength, int? archive)
    {
        await using var bot = await SandboxBot.StartAsync(connectGateway: false);
        var channel = bot.ChannelId("announcements");
        var announcement = (await bot.Rest.CreateMessageAsync(channel, Post("Jetzt live"), CancellationToken.None)).Value!;

        var result = await bot.Rest.StartThreadFromMessageAsync(channel, announcement.Id,
            new ThreadFromMessageRequest { Name = new string('x', nameLength), AutoArchiveDuration = archive }, CancellationToken.None);

        Assert.Equal(DiscordErrorKind.Validation, result.Error?.Kind);
        Assert.Equal(0, bot.Requests.Count("POST", "/threads"));
    }

    [Fact]
    public async Task The_bot_edits_its_own_message_in_place()
    {
        await using var bot = await SandboxBot.StartAsync(connectGateway: false);
        var channel = bot.ChannelId("general");
        var message = (await bot.Rest.CreateMessageAsync(channel, Post("0 Stimmen"), CancellationToken.None)).Value!;

        var edited = await bot.Rest.EditMessageAsync(channel, message.Id,
            new MessageEditRequest { Content = "3 Stimmen", AllowedMentions = AllowedMentions.None }, CancellationToken.None);

        Assert.True(edited.IsSuccess, edited.Error?.ToString());
        Assert.Equal("3 Stimmen", (string?)Assert.Single(bot.Sandbox.Control.Messages(channel))["content"]);
    }
}
