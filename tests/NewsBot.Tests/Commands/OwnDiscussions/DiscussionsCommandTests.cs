using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Commands;
using NewsBot.Core.Schedule;
using NewsBot.GuildDiscussions;
using NewsBot.Interactions;
using NewsBot.Messages;

namespace NewsBot.Tests.Commands.OwnDiscussions;

/// <summary>/discussions through the real router and buttons, over a SQLite store and the in-memory catalog.</summary>
public sealed class DiscussionsCommandTests
{
    private const ulong Moderator = Permissions.ManageGuild;

    /// <summary>Announced for Thursday 6 March 2025, 20:15 in Berlin (19:15 UTC), two days after the harness's now.</summary>
    private const string Announcement =
        "Wie sicher ist Europa heute?\nDie Lage im Osten bleibt angespannt.\nSendetermin: Donnerstag, 6. März 2025, 20:15 Uhr.\n"
        + "Darüber sprechen wir mit Dr. Anna Beispiel, Politologin an der Universität Kiel.";

    private readonly CommandHarness _harness = new();

    private async Task<BotMessage> AddFileAsync(string name, string text, ulong permissions = Moderator)
    {
        var url = "https://cdn.discordapp.com/ephemeral-attachments/1/2/" + name;
        _harness.Attachments.Files[url] = Encoding.UTF8.GetBytes(text);
        var context = CommandHarness.Context("discussions", "add file", permissions: permissions) with
        {
            Attachments = new Dictionary<string, CommandAttachment> { ["file"] = new(2, name, "text/plain", Encoding.UTF8.GetByteCount(text), url) },
        };
        return await _harness.Router.HandleAsync(context, CancellationToken.None);
    }

    private Task<ComponentReply> PressAsync(BotMessage preview, string label, ulong permissions = Moderator)
    {
        var button = preview.ButtonRows.SelectMany(r => r).Single(b => b.Label.StartsWith(label, StringComparison.Ordinal));
        var (prefix, payload) = CustomId.Split(button.CustomId!);
        var press = new ComponentContext(prefix, payload, 500, CommandHarness.GuildId, CommandHarness.ChannelId, CommandHarness.UserId, "en-US", "en-US", permissions);
        return _harness.Components.HandleAsync(press, CancellationToken.None).AsTask();
    }

    private static string Content(ComponentReply reply) => reply switch
    {
        ComponentReply.UpdateMessage update => update.Message.Content!,
        ComponentReply.NewMessage message => message.Message.Content!,
        _ => throw new InvalidOperationException(reply.ToString()),
    };

    [Fact]
    public async Task A_preview_shows_what_was_read_and_save_makes_it_the_servers_own_discussion()
    {
        var preview = await AddFileAsync("europa heute.txt", Announcement);

        Assert.True(preview.Ephemeral);
        var embed = Assert.Single(preview.Embeds);
        Assert.Equal("Wie sicher ist Europa heute?", embed.Title);
        Assert.Equal("europa-heute", embed.Footer);
        Assert.Contains(embed.Fields, f => f.Name == "Panel" && f.Value.StartsWith("Anna Beispiel — Politologin", StringComparison.Ordinal));
        Assert.Contains(embed.Fields, f => f.Name == "Broadcast" && f.Value.Contains($"<t:{TestData.Unix(new DateTimeOffset(2025, 3, 6, 19, 15, 0, TimeSpan.Zero))}:F>", StringComparison.Ordinal));
        Assert.Contains(embed.Fields, f => f.Name == "Source" && f.Value == "europa heute.txt");
        // Without per-server streams there is nothing to schedule with, so no such button.
        Assert.Equal(["Save", "Cancel"], preview.ButtonRows.Single().Select(b => b.Label));
        Assert.Null(_harness.Catalog.Current.Find("europa-heute", CommandHarness.GuildId));

        var saved = Assert.IsType<ComponentReply.UpdateMessage>(await PressAsync(preview, "Save"));

        Assert.StartsWith("Saved as `europa-heute`.", saved.Message.Content, StringComparison.Ordinal);
        Assert.Empty(saved.Message.ButtonRows);
        Assert.Equal("Wie sicher ist Europa heute?", _harness.Catalog.Current.Find("europa-heute", CommandHarness.GuildId)?.Headline);
        Assert.Null(_harness.Catalog.Current.Find("europa-heute", 999));
        Assert.Equal("This preview has expired or was already used. Add the discussion again.", Content(await PressAsync(preview, "Save")));
    }

    [Fact]
    public async Task A_preview_expires_after_its_lifetime()
    {
        var preview = await AddFileAsync("europa.txt", Announcement);

        _harness.Time.Advance(TimeSpan.FromHours(1));

        Assert.Equal("This preview has expired or was already used. Add the discussion again.", Content(await PressAsync(preview, "Save")));
        Assert.Null(_harness.Catalog.Current.Find("europa", CommandHarness.GuildId));
    }

    [Fact]
    public async Task The_servers_limit_refuses_a_save_with_a_message_and_keeps_the_preview_for_after_a_removal()
    {
        _harness.AlsoRegister = s => s.Configure<GuildDiscussionsOptions>(o => o.MaxPerGuild = 1);
        await PressAsync(await AddFileAsync("eins.txt", Announcement), "Save");
        var second = await AddFileAsync("zwei.txt", Announcement);

        var refused = Assert.IsType<ComponentReply.NewMessage>(await PressAsync(second, "Save"));

        Assert.True(refused.Message.Ephemeral);
        Assert.StartsWith("This server already has 1 discussions, the most it may keep.", refused.Message.Content, StringComparison.Ordinal);
        Assert.Null(_harness.Catalog.Current.Find("zwei", CommandHarness.GuildId));
        var removed = await _harness.Router.HandleAsync(
            CommandHarness.Context("discussions", "remove", new() { ["discussion"] = "eins" }, permissions: Moderator), CancellationToken.None);
        Assert.Equal("Removed `eins`.", removed.Content);
        Assert.StartsWith("Saved as `zwei`.", Content(await PressAsync(second, "Save")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_and_schedule_is_offered_with_a_per_server_scheduler_and_schedules_the_time_read()
    {
        var scheduler = new RecordingScheduler();
        _harness.AlsoRegister = s => s.Replace(ServiceDescriptor.Singleton<IGuildStreamScheduler>(scheduler));
        var preview = await AddFileAsync("europa.txt", Announcement);

        Assert.Equal(["Save", "Save and schedule for 2025-03-06 20:15 (Europe/Berlin)", "Cancel"], preview.ButtonRows.Single().Select(b => b.Label));
        var reply = Content(await PressAsync(preview, "Save and schedule"));

        Assert.Equal("Saved as `europa` and scheduled for 2025-03-06 20:15 (Europe/Berlin).", reply);
        var (guild, stream) = Assert.Single(scheduler.Scheduled);
        Assert.Equal(CommandHarness.GuildId, guild);
        Assert.Equal(("europa", new DateTimeOffset(2025, 3, 6, 19, 15, 0, TimeSpan.Zero)), (stream.DiscussionId, stream.StartsAt));
    }

    [Fact]
    public async Task Without_manage_server_the_command_and_the_buttons_change_nothing()
    {
        var refusedCommand = await AddFileAsync("europa.txt", Announcement, permissions: 0);
        Assert.StartsWith("Only members with the Manage Server permission", refusedCommand.Content, StringComparison.Ordinal);
        Assert.Null(_harness.Router.ModalFor(CommandHarness.Context("discussions", "add text")));
        Assert.NotNull(_harness.Router.ModalFor(CommandHarness.Context("discussions", "add text", permissions: Moderator)));

        var preview = await AddFileAsync("europa.txt", Announcement);
        var refusedPress = Assert.IsType<ComponentReply.NewMessage>(await PressAsync(preview, "Save", permissions: 0));
        Assert.StartsWith("Only members with the Manage Server permission", refusedPress.Message.Content, StringComparison.Ordinal);
        Assert.Null(_harness.Catalog.Current.Find("europa", CommandHarness.GuildId));

        Assert.StartsWith("Saved as `europa`.", Content(await PressAsync(preview, "Save")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_and_its_suggestions_cover_the_servers_own_discussions_only()
    {
        await PressAsync(await AddFileAsync("europa.txt", Announcement), "Save");

        var suggestions = await _harness.Router.AutocompleteAsync(
            CommandHarness.Context("discussions", "show", new() { ["discussion"] = "" }, permissions: Moderator) with { FocusedOption = "discussion" }, CancellationToken.None);
        var shown = await _harness.Router.HandleAsync(
            CommandHarness.Context("discussions", "show", new() { ["discussion"] = "europa" }, permissions: Moderator), CancellationToken.None);
        var shared = await _harness.Router.HandleAsync(
            CommandHarness.Context("discussions", "show", new() { ["discussion"] = TestData.Europa.Id }, permissions: Moderator), CancellationToken.None);

        Assert.Equal(["europa"], suggestions.Select(s => s.Value));
        Assert.Equal("Wie sicher ist Europa heute?", Assert.Single(shown.Embeds).Title);
        Assert.StartsWith($"Added by <@{CommandHarness.UserId}>", shown.Embeds[0].Description, StringComparison.Ordinal);
        Assert.StartsWith("This server has no discussion of its own with the id `010_europa`", shared.Content, StringComparison.Ordinal);
    }

    private sealed class RecordingScheduler : IGuildStreamScheduler
    {
        public List<(ulong Guild, StreamEntry Stream)> Scheduled { get; } = [];

        public bool IsAvailable => true;

        public Task<bool> ScheduleAsync(ulong guildId, StreamEntry stream, ulong userId, CancellationToken cancellationToken)
        {
            Scheduled.Add((guildId, stream));
            return Task.FromResult(true);
        }
    }
}
