using Microsoft.Extensions.Logging;
using NewsBot.Announcements;
using NewsBot.Commands;
using NewsBot.Commands.Config;
using NewsBot.Settings;
using NewsBot.Texts;

namespace NewsBot.Tests.Commands.Config;

public sealed class ConfigSubcommandTests
{
    private const ulong Moderator = Permissions.ManageGuild;

    [Fact]
    public async Task Channel_is_saved_by_the_moderator_and_confirmed_without_warning_when_the_bot_may_post()
    {
        var harness = new CommandHarness();
        harness.Probe.ChannelPermissions[555] = Permissions.Announce;

        var reply = await harness.RunAsync("config", "channel", new() { ["channel"] = "555" }, permissions: Moderator);

        var (saved, user) = Assert.Single(harness.Store.Saves);
        Assert.Equal(555UL, saved.AnnouncementChannelId);
        Assert.Equal(CommandHarness.UserId, user);
        Assert.True(reply.Ephemeral);
        Assert.Equal("Announcements will go to <#555>.", reply.Content);
    }

    [Fact]
    public async Task Channel_is_saved_but_the_missing_permissions_are_named_in_german()
    {
        var harness = new CommandHarness();
        harness.Probe.ChannelPermissions[555] = Permissions.ViewChannel;

        var reply = await harness.RunAsync("config", "channel", new() { ["channel"] = "555" }, userLocale: "de", permissions: Moderator);

        Assert.Equal(555UL, Assert.Single(harness.Store.Saves).Settings.AnnouncementChannelId);
        Assert.Contains("Ankündigungen gehen ab jetzt in <#555>.", reply.Content, StringComparison.Ordinal);
        Assert.Contains("Mir fehlen dort diese Berechtigungen: Send Messages, Embed Links", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channel_the_bot_cannot_see_gets_a_warning()
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("config", "channel", new() { ["channel"] = "556" }, permissions: Moderator);

        Assert.Single(harness.Store.Saves);
        Assert.Contains("I can't see this channel", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_channel_is_refused_without_saving()
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("config", "channel", new() { ["channel"] = "general" }, permissions: Moderator);

        Assert.True(reply.Ephemeral);
        Assert.Empty(harness.Store.Saves);
    }

    [Fact]
    public async Task Role_is_saved_and_a_mentionable_role_gives_no_warning()
    {
        var harness = new CommandHarness();
        harness.Probe.Roles[CommandHarness.RoleId] = new RoleProbe(CommandHarness.RoleId, Mentionable: true);

        var reply = await harness.RunAsync("config", "role", new() { ["role"] = "400" }, permissions: Moderator);

        Assert.Equal(CommandHarness.RoleId, Assert.Single(harness.Store.Saves).Settings.PingRoleId);
        Assert.Equal("Announcements will ping <@&400>.", reply.Content);
    }

    [Fact]
    public async Task A_role_nobody_can_mention_is_saved_with_a_warning()
    {
        var harness = new CommandHarness();
        harness.Probe.Roles[CommandHarness.RoleId] = new RoleProbe(CommandHarness.RoleId, Mentionable: false);
        harness.Probe.GuildPermissions = Permissions.Announce;

        var reply = await harness.RunAsync("config", "role", new() { ["role"] = "400" }, userLocale: "de", permissions: Moderator);

        Assert.Single(harness.Store.Saves);
        Assert.Contains("nicht erwähnbar", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_that_is_not_mentionable_is_fine_when_the_bot_may_mention_everyone_in_the_channel()
    {
        var harness = new CommandHarness();
        harness.Store.Put(GuildSettings.Default(CommandHarness.GuildId) with { AnnouncementChannelId = 555 });
        harness.Probe.ChannelPermissions[555] = Permissions.Announce | Permissions.MentionEveryone;
        harness.Probe.Roles[CommandHarness.RoleId] = new RoleProbe(CommandHarness.RoleId, Mentionable: false);

        var reply = await harness.RunAsync("config", "role", new() { ["role"] = "400" }, permissions: Moderator);

        Assert.DoesNotContain("⚠️", reply.Content, StringComparison.Ordinal);
        var saved = Assert.Single(harness.Store.Saves).Settings;
        Assert.Equal(555UL, saved.AnnouncementChannelId);
    }

    [Fact]
    public async Task Leaving_out_the_role_pings_nobody()
    {
        var harness = new CommandHarness();
        harness.Store.Put(GuildSettings.Default(CommandHarness.GuildId) with { PingRoleId = 9 });

        var reply = await harness.RunAsync("config", "role", permissions: Moderator, userLocale: "de");

        Assert.Null(Assert.Single(harness.Store.Saves).Settings.PingRoleId);
        Assert.Equal("Ankündigungen pingen niemanden.", reply.Content);
    }

    [Fact]
    public async Task Reminders_are_saved_sorted_descending()
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("config", "reminders", new() { ["steps"] = "0, 60 15" }, permissions: Moderator);

        Assert.Equal([TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(15), TimeSpan.Zero], Assert.Single(harness.Store.Saves).Settings.ReminderOffsets);
        Assert.Contains("60, 15, 0", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_reminders_are_explained_and_not_saved()
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("config", "reminders", new() { ["steps"] = "60, soon" }, userLocale: "de", permissions: Moderator);

        Assert.Empty(harness.Store.Saves);
        Assert.True(reply.Ephemeral);
        Assert.Contains("„soon“ ist keine ganze Zahl", reply.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", BotLanguage.English)]
    [InlineData("de", BotLanguage.German)]
    public async Task Language_is_saved(string choice, BotLanguage expected)
    {
        var harness = new CommandHarness();

        await harness.RunAsync("config", "language", new() { ["language"] = choice }, permissions: Moderator);

        Assert.Equal(expected, Assert.Single(harness.Store.Saves).Settings.Language);
    }

    [Fact]
    public async Task An_odd_language_is_refused()
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("config", "language", new() { ["language"] = "fr" }, permissions: Moderator);

        Assert.Empty(harness.Store.Saves);
        Assert.Contains("de, en", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_are_switched_on_with_a_warning_when_the_bot_lacks_manage_events()
    {
        var harness = new CommandHarness();
        harness.Probe.GuildPermissions = Permissions.Announce;

        var reply = await harness.RunAsync("config", "events", new() { ["enabled"] = "true" }, permissions: Moderator);

        Assert.True(Assert.Single(harness.Store.Saves).Settings.MirrorEvents);
        Assert.Contains("Manage Events", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_switched_on_with_manage_events_give_no_warning_and_off_never_warns()
    {
        var harness = new CommandHarness();
        harness.Probe.GuildPermissions = Permissions.ManageEvents;

        var on = await harness.RunAsync("config", "events", new() { ["enabled"] = "true" }, permissions: Moderator);
        harness.Probe.GuildPermissions = 0;
        var off = await harness.RunAsync("config", "events", new() { ["enabled"] = "false" }, permissions: Moderator);

        Assert.DoesNotContain("⚠️", on.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("⚠️", off.Content, StringComparison.Ordinal);
        Assert.False(harness.Store.Saves[^1].Settings.MirrorEvents);
    }

    [Theory]
    [InlineData(Permissions.CreateEvents)]
    [InlineData(Permissions.Administrator)]
    public async Task Create_events_or_administrator_is_enough_to_mirror_events(ulong botPermissions)
    {
        var harness = new CommandHarness();
        harness.Probe.GuildPermissions = botPermissions;

        var reply = await harness.RunAsync("config", "events", new() { ["enabled"] = "true" }, permissions: Moderator);

        Assert.DoesNotContain("⚠️", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_odd_boolean_is_refused_without_saving()
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("config", "events", new() { ["enabled"] = "maybe" }, permissions: Moderator);

        Assert.True(reply.Ephemeral);
        Assert.Empty(harness.Store.Saves);
    }

    [Fact]
    public async Task A_first_change_keeps_the_guilds_discord_language()
    {
        var harness = new CommandHarness();

        await harness.RunAsync("config", "reminders", new() { ["steps"] = "5" }, guildLocale: "en-US", permissions: Moderator);

        Assert.Equal(BotLanguage.English, Assert.Single(harness.Store.Saves).Settings.Language);
    }

    [Fact]
    public async Task Each_change_is_logged_with_guild_user_and_what_changed()
    {
        var harness = new CommandHarness();

        await harness.RunAsync("config", "reminders", new() { ["steps"] = "30,0" }, permissions: Moderator);

        var entry = Assert.Single(harness.Logs.Entries, e => e.Level == LogLevel.Information);
        Assert.Equal($"Guild {CommandHarness.GuildId}: user {CommandHarness.UserId} set reminders to 30, 0", entry.Message);
    }

    [Fact]
    public async Task Show_lists_every_setting_and_known_problems()
    {
        var harness = new CommandHarness();
        harness.Store.Put(new GuildSettings(CommandHarness.GuildId, 555, 400, [TimeSpan.FromMinutes(30), TimeSpan.Zero], BotLanguage.German, true));
        harness.Probe.ChannelPermissions[555] = Permissions.ViewChannel | Permissions.SendMessages;
        harness.Probe.Roles[400] = new RoleProbe(400, Mentionable: true);
        harness.Failures.Failures.Add(new AnnouncementFailure(CommandHarness.GuildId, "010_europa 15 min", "Missing Access @everyone", TestData.Now.AddHours(-1)));

        var reply = await harness.RunAsync("config", "show", userLocale: "en-US", permissions: Moderator);

        Assert.True(reply.Ephemeral);
        var fields = reply.Embeds[0].Fields.ToDictionary(f => f.Name, f => f.Value);
        Assert.Equal("<#555>", fields["Announcement channel"]);
        Assert.Equal("<@&400>", fields["Role to ping"]);
        Assert.Equal("30, 0 minutes before the start (0 = at the start)", fields["Reminders"]);
        Assert.Equal("German", fields["Language"]);
        Assert.Equal("on", fields["Scheduled events"]);
        Assert.Contains("Embed Links", fields["Problems"], StringComparison.Ordinal);
        Assert.Contains("Manage Events", fields["Problems"], StringComparison.Ordinal);
        Assert.Contains($"010\\_europa 15 min: Missing Access @\u200Beveryone (<t:{TestData.Now.AddHours(-1).ToUnixTimeSeconds()}:R>)", fields["Problems"], StringComparison.Ordinal);
        Assert.Empty(harness.Store.Saves);
    }

    [Fact]
    public async Task Show_for_an_unconfigured_guild_says_what_is_not_set_in_german()
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("config", "show", userLocale: "de", permissions: Moderator);

        var fields = reply.Embeds[0].Fields.ToDictionary(f => f.Name, f => f.Value);
        Assert.StartsWith("nicht gesetzt", fields["Ankündigungskanal"], StringComparison.Ordinal);
        Assert.Equal("Keine bekannten Probleme.", fields["Probleme"]);
    }

    [Fact]
    public async Task Preview_is_ephemeral_pings_nobody_and_asks_the_composer_for_a_preview()
    {
        var harness = new CommandHarness();
        harness.Store.Put(GuildSettings.Default(CommandHarness.GuildId) with { AnnouncementChannelId = 555, PingRoleId = 400 });

        var reply = await harness.RunAsync("config", "preview", permissions: Moderator);

        Assert.True(reply.Ephemeral);
        Assert.Null(reply.PingRoleId);
        var call = Assert.Single(harness.Composer.Calls);
        Assert.True(call.Preview);
        Assert.Equal(TestData.EuropaStream, call.Stream);
        Assert.Equal(TimeSpan.FromMinutes(15), call.Offset);
        Assert.Empty(harness.Store.Saves);
    }

    [Fact]
    public async Task Preview_of_an_unscheduled_discussion_uses_a_sample_time_and_says_so()
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("config", "preview", new() { ["discussion"] = "005_aussen" }, userLocale: "de", permissions: Moderator);

        var call = Assert.Single(harness.Composer.Calls);
        Assert.Equal(TestData.Now.AddMinutes(15), call.Stream.StartsAt);
        Assert.Contains("Beispielzeit", reply.Content, StringComparison.Ordinal);
        Assert.Contains("kein Ankündigungskanal", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_of_a_discussion_whose_stream_is_over_uses_a_sample_time()
    {
        var harness = new CommandHarness();
        harness.Time.Advance(TimeSpan.FromHours(3));

        await harness.RunAsync("config", "preview", new() { ["discussion"] = "010_europa" }, permissions: Moderator);

        Assert.Equal(harness.Time.GetUtcNow().AddMinutes(15), Assert.Single(harness.Composer.Calls).Stream.StartsAt);
    }

    [Fact]
    public async Task Preview_of_an_unknown_discussion_is_answered_in_the_users_language()
    {
        var harness = new CommandHarness();

        var reply = await harness.RunAsync("config", "preview", new() { ["discussion"] = "zzz" }, userLocale: "de", permissions: Moderator);

        Assert.True(reply.Ephemeral);
        Assert.Contains("„zzz“", reply.Content, StringComparison.Ordinal);
        Assert.Empty(harness.Composer.Calls);
    }
}
