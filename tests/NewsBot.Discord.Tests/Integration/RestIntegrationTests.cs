using System.Net;
using NewsBot.Discord.Commands;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Sandbox.Control;
using NewsBot.Sandbox.World;

namespace NewsBot.Discord.Tests.Integration;

/// <summary>The REST client against the sandbox's limits and injected faults, over real HTTP.</summary>
public sealed class RestIntegrationTests
{
    // Rate-limit windows, retry-afters and retry backoffs here are all shorter; request timeouts are longer.
    private static readonly TimeSpan Horizon = TimeSpan.FromSeconds(1);

    private static Task<SandboxBot> StartRestOnlyAsync(Action<NewsBot.Sandbox.SandboxOptions>? sandbox = null) =>
        SandboxBot.StartAsync(s =>
        {
            // Discord's 5 messages per 5 s, compressed so a burst of 30 takes about a second (on the test's clock).
            s.MessageRateLimit = 5;
            s.MessageRateWindow = TimeSpan.FromMilliseconds(150);
            sandbox?.Invoke(s);
        }, connectGateway: false);

    /// <summary>Lets the clock run from one wait of the client to the next, only while no request is on its way.</summary>
    private static Task<T> RunAsync<T>(SandboxBot bot, Task<T> work) => bot.Time.RunUntilAsync(work, Horizon, bot.Requests.WhenIdleAsync);

    private static MessageCreateRequest Post(string content, string? nonce = null) => new()
    {
        Content = content,
        AllowedMentions = AllowedMentions.None,
        Nonce = nonce,
        EnforceNonce = nonce is null ? null : true,
    };

    [Fact]
    public async Task A_burst_of_thirty_posts_waits_for_the_channel_bucket_and_posts_each_once_in_order()
    {
        await using var bot = await StartRestOnlyAsync();
        var channel = bot.ChannelId("announcements");

        var posts = Enumerable.Range(0, 30).Select(i => bot.Rest.CreateMessageAsync(channel, Post($"post {i}"), CancellationToken.None)).ToList();
        var results = await RunAsync(bot, Task.WhenAll(posts));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.ToString()));
        var messages = bot.Sandbox.Control.Messages(channel);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"post {i}"), messages.Select(m => (string?)m["content"]));
        Assert.Equal(0, bot.Requests.Count("POST", "/messages", 429));
    }

    [Theory]
    [InlineData(SandboxFaultKind.Rest429, 5)]
    [InlineData(SandboxFaultKind.Rest500, 3)]
    [InlineData(SandboxFaultKind.Rest502, 3)]
    public async Task Posts_with_an_enforced_nonce_survive_a_run_of_faults_and_land_exactly_once(SandboxFaultKind fault, int count)
    {
        await using var bot = await StartRestOnlyAsync();
        var channel = bot.ChannelId("announcements");
        await bot.Sandbox.Control.InjectFaultAsync(new SandboxFault(fault, count, RetryAfterSeconds: 0.05));

        var posts = Enumerable.Range(0, 8).Select(i => bot.Rest.CreateMessageAsync(channel, Post($"post {i}", $"n-{i}"), CancellationToken.None)).ToList();
        var results = await RunAsync(bot, Task.WhenAll(posts));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.ToString()));
        var messages = bot.Sandbox.Control.Messages(channel);
        Assert.Equal(8, messages.Count);
        Assert.Equal(8, messages.Select(m => (string?)m["nonce"]).Distinct().Count());
        var failed = bot.Requests.Entries.Where(e => e.Status >= 429).ToList();
        Assert.True(count == failed.Count, string.Join("\n", bot.Requests.Entries));
    }

    [Fact]
    public async Task A_post_without_send_permission_fails_with_50013_and_is_not_retried()
    {
        await using var bot = await StartRestOnlyAsync();

        var result = await bot.Rest.CreateMessageAsync(bot.ChannelId("read-only"), Post("hallo", "n-1"), CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(DiscordErrorKind.Api, result.Error.Kind);
        Assert.Equal(HttpStatusCode.Forbidden, result.Error.Status);
        Assert.Equal(DiscordErrorCodes.MissingPermissions, result.Error.Code);
        Assert.True(result.Error.IsMissingPermissions);
        Assert.Equal(1, bot.Requests.Count("POST", "/messages"));
    }

    [Fact]
    public async Task A_post_to_a_channel_the_bot_cannot_see_fails_with_50001_and_is_not_retried()
    {
        var hidden = 0UL;
        await using var bot = await StartRestOnlyAsync(s => s.ConfigureWorld = world =>
        {
            var guild = world.DefaultGuild;
            var botRole = world.BotMember(guild).RoleIds[0];
            hidden = guild.Id + (1UL << 21);
            guild.Channels.Add(new SandboxChannel(hidden, guild.Id, "moderators", 3)
            {
                Overwrites = [new SandboxOverwrite(guild.Id, 0, 0, SandboxPermissions.ViewChannel), new SandboxOverwrite(botRole, 0, 0, SandboxPermissions.ViewChannel)],
            });
        });

        var result = await bot.Rest.CreateMessageAsync(hidden, Post("hallo", "n-1"), CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(DiscordErrorCodes.MissingAccess, result.Error.Code);
        Assert.True(result.Error.IsMissingPermissions);
        Assert.Equal(1, bot.Requests.Count("POST", "/messages"));
    }

    [Fact]
    public async Task An_over_long_embed_is_refused_before_sending()
    {
        await using var bot = await StartRestOnlyAsync();
        var request = new MessageCreateRequest
        {
            Embeds = [new Embed { Title = "Zu lang", Description = new string('x', 4097) }],
            AllowedMentions = AllowedMentions.None,
        };

        var result = await bot.Rest.CreateMessageAsync(bot.ChannelId("announcements"), request, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(DiscordErrorKind.Validation, result.Error.Kind);
        Assert.Contains(result.Error.Violations!, v => v.Path == "embeds[0].description");
        Assert.Empty(bot.Requests.Entries);
        Assert.Empty(bot.Sandbox.Control.Messages(bot.ChannelId("announcements")));
    }

    [Fact]
    public async Task Commands_are_registered_once_and_a_second_sync_of_the_same_set_is_skipped_with_localizations_kept()
    {
        await using var bot = await StartRestOnlyAsync();
        var app = new Snowflake(bot.Sandbox.World.ApplicationId);
        var guild = new Snowflake(bot.Guild.Id);
        ApplicationCommandRequest[] commands =
        [
            new()
            {
                Name = "summary", Description = "Summary of a discussion",
                NameLocalizations = new Dictionary<string, string> { ["de"] = "zusammenfassung" },
                DescriptionLocalizations = new Dictionary<string, string> { ["de"] = "Zusammenfassung einer Diskussion" },
                Options =
                [
                    new ApplicationCommandOption
                    {
                        Type = ApplicationCommandOptionType.String, Name = "discussion", Description = "Which discussion", Required = true, Autocomplete = true,
                        NameLocalizations = new Dictionary<string, string> { ["de"] = "diskussion" },
                        DescriptionLocalizations = new Dictionary<string, string> { ["de"] = "Welche Diskussion" },
                    },
                ],
            },
            new() { Name = "help", Description = "How to use the bot", DescriptionLocalizations = new Dictionary<string, string> { ["de"] = "So geht's" } },
        ];

        var first = await bot.Registrar.SyncGuildAsync(app, guild, commands, CancellationToken.None);
        var second = await bot.Registrar.SyncGuildAsync(app, guild, commands, CancellationToken.None);
        var registered = await bot.Rest.GetGuildCommandsAsync(app, guild, CancellationToken.None);

        Assert.Equal(CommandSyncOutcome.Overwritten, first.Value);
        Assert.Equal(CommandSyncOutcome.Unchanged, second.Value);
        Assert.Equal(1, bot.Requests.Count("PUT", "/commands"));
        var summary = registered.Value!.Single(c => c.Name == "summary");
        Assert.Equal("zusammenfassung", summary.NameLocalizations!["de"]);
        Assert.Equal("Zusammenfassung einer Diskussion", summary.DescriptionLocalizations!["de"]);
        Assert.Equal("diskussion", summary.Options![0].NameLocalizations!["de"]);
        Assert.Equal(2, bot.Sandbox.Control.Commands(bot.Guild.Id).Count);
    }

    [Fact]
    public async Task A_scheduled_event_is_created_modified_and_cancelled()
    {
        await using var bot = await StartRestOnlyAsync();
        var guild = new Snowflake(bot.Guild.Id);
        var start = bot.Time.GetUtcNow().AddHours(1);

        var created = await bot.Rest.CreateScheduledEventAsync(guild, new GuildScheduledEventCreateRequest
        {
            Name = "Klima live", ScheduledStartTime = start, ScheduledEndTime = start.AddHours(1),
            EntityMetadata = new GuildScheduledEventEntityMetadata("https://example.org/live"), Description = "Diskussion",
        }, CancellationToken.None);
        Assert.True(created.IsSuccess, created.Error?.ToString());
        var modified = await bot.Rest.ModifyScheduledEventAsync(guild, created.Value!.Id,
            new GuildScheduledEventModifyRequest { Name = "Klima live: neue Zeit", ScheduledStartTime = start.AddMinutes(30), ScheduledEndTime = start.AddHours(2) },
            CancellationToken.None);
        var cancelled = await bot.Rest.ModifyScheduledEventAsync(guild, created.Value.Id,
            new GuildScheduledEventModifyRequest { Status = GuildScheduledEventStatus.Canceled }, CancellationToken.None);

        Assert.Equal(GuildScheduledEventEntityType.External, created.Value.EntityType);
        Assert.Equal(GuildScheduledEventStatus.Scheduled, created.Value.Status);
        Assert.True(modified.IsSuccess, modified.Error?.ToString());
        Assert.Equal("Klima live: neue Zeit", modified.Value!.Name);
        Assert.Equal(start.AddMinutes(30).ToUnixTimeSeconds(), modified.Value.ScheduledStartTime.ToUnixTimeSeconds());
        Assert.True(cancelled.IsSuccess, cancelled.Error?.ToString());
        Assert.Equal(GuildScheduledEventStatus.Canceled, cancelled.Value!.Status);
        var stored = Assert.Single(bot.Sandbox.Control.ScheduledEvents(bot.Guild.Id));
        Assert.Equal(4, (int)stored!["status"]!);
        Assert.Equal("Klima live: neue Zeit", (string?)stored["name"]);
    }
}
