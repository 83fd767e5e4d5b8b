using Microsoft.Extensions.Time.Testing;
using NewsBot.Settings;
using NewsBot.Texts;

namespace NewsBot.Tests.Settings;

/// <summary>The behaviour every guild settings store must have; run against SQLite and PostgreSQL.</summary>
public abstract class GuildSettingsStoreContract
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    protected FakeTimeProvider Time { get; } = new(Now);

    /// <summary>Runs <paramref name="test"/> against a store on a fresh database; <c>reopen</c> makes a second store on the same database.</summary>
    private protected abstract Task WithStoreAsync(Func<SqlGuildSettingsStore, Func<SqlGuildSettingsStore>, Task> test);

    protected async Task A_guild_without_settings_gets_the_defaults_body() =>
        await WithStoreAsync(async (store, _) =>
        {
            var settings = await store.GetAsync(42, CancellationToken.None);

            Assert.Equal(GuildSettings.Default(42), settings with { ReminderOffsets = GuildSettings.DefaultReminderOffsets });
            Assert.Equal(GuildSettings.DefaultReminderOffsets, settings.ReminderOffsets);
            Assert.Empty(await store.ListAsync(CancellationToken.None));
        });

    protected async Task Saved_settings_survive_a_restart_body() =>
        await WithStoreAsync(async (store, reopen) =>
        {
            var saved = new GuildSettings(ulong.MaxValue - 7, 1234567890123456789, 987654321098765432,
                [TimeSpan.FromHours(1), TimeSpan.FromMinutes(15), TimeSpan.Zero], BotLanguage.English, MirrorEvents: true);
            await store.SaveAsync(saved, 5, CancellationToken.None);

            var loaded = await reopen().GetAsync(saved.GuildId, CancellationToken.None);

            Assert.Equal(saved.AnnouncementChannelId, loaded.AnnouncementChannelId);
            Assert.Equal(saved.PingRoleId, loaded.PingRoleId);
            Assert.Equal(saved.ReminderOffsets, loaded.ReminderOffsets);
            Assert.Equal(BotLanguage.English, loaded.Language);
            Assert.True(loaded.MirrorEvents);
            Assert.Equal(saved.GuildId, loaded.GuildId);
        });

    protected async Task Saving_again_replaces_and_lists_each_guild_once_body() =>
        await WithStoreAsync(async (store, _) =>
        {
            await store.SaveAsync(GuildSettings.Default(1) with { AnnouncementChannelId = 10 }, 5, CancellationToken.None);
            await store.SaveAsync(GuildSettings.Default(2) with { AnnouncementChannelId = 20 }, 5, CancellationToken.None);
            await store.SaveAsync(GuildSettings.Default(1) with { AnnouncementChannelId = 11, ReminderOffsets = [] }, 6, CancellationToken.None);

            var all = await store.ListAsync(CancellationToken.None);

            Assert.Equal([1UL, 2UL], all.Select(g => g.GuildId));
            Assert.Equal(11UL, all[0].AnnouncementChannelId);
            Assert.Empty(all[0].ReminderOffsets);
        });

    protected async Task Every_change_is_recorded_with_who_and_when_body() =>
        await WithStoreAsync(async (store, _) =>
        {
            await store.SaveAsync(GuildSettings.Default(7) with { AnnouncementChannelId = 100 }, 501, CancellationToken.None);
            Time.Advance(TimeSpan.FromMinutes(3));
            await store.SaveAsync(GuildSettings.Default(7) with { AnnouncementChannelId = 100, Language = BotLanguage.English }, 502, CancellationToken.None);
            Time.Advance(TimeSpan.FromMinutes(3));
            await store.SaveAsync(GuildSettings.Default(7) with { AnnouncementChannelId = 100, Language = BotLanguage.English }, 503, CancellationToken.None);

            var changes = await store.RecentChangesAsync(7, 10, CancellationToken.None);

            Assert.Equal(2, changes.Count);
            Assert.Equal(502UL, changes[0].ChangedByUserId);
            Assert.Equal(Now.AddMinutes(3), changes[0].ChangedAt);
            Assert.Equal("language: German → English", changes[0].Change);
            Assert.Equal("announcement channel: none → 100", changes[1].Change);
        });

    protected async Task Find_is_null_until_the_guild_saves_and_then_returns_what_was_stored_body() =>
        await WithStoreAsync(async (store, reopen) =>
        {
            Assert.Null(await store.FindAsync(9, CancellationToken.None));

            var saved = GuildSettings.Default(9, BotLanguage.English) with
            {
                AnnouncementChannelId = 90, PingRoleId = 91, ReminderOffsets = [TimeSpan.FromMinutes(5)], MirrorEvents = true,
            };
            await store.SaveAsync(saved, 5, CancellationToken.None);
            await store.SaveAsync(GuildSettings.Default(10) with { AnnouncementChannelId = 100 }, 5, CancellationToken.None);

            var found = await reopen().FindAsync(9, CancellationToken.None);

            Assert.NotNull(found);
            Assert.Equal(saved, found with { ReminderOffsets = saved.ReminderOffsets });
            Assert.Equal(saved.ReminderOffsets, found.ReminderOffsets);
            Assert.Equal(100UL, (await store.FindAsync(10, CancellationToken.None))?.AnnouncementChannelId);
            Assert.Null(await store.FindAsync(11, CancellationToken.None));
        });

    protected async Task Find_returns_a_saved_default_so_a_guild_that_reset_everything_still_counts_as_configured_body() =>
        await WithStoreAsync(async (store, _) =>
        {
            await store.SaveAsync(GuildSettings.Default(12), 5, CancellationToken.None);

            var found = await store.FindAsync(12, CancellationToken.None);

            Assert.NotNull(found);
            Assert.Equal(BotLanguage.German, found.Language);
            Assert.Null(found.AnnouncementChannelId);
        });

    protected async Task A_recent_read_sees_this_process_s_own_save_at_once_body() =>
        await WithStoreAsync(async (store, _) =>
        {
            Assert.Null(await store.FindRecentAsync(13, CancellationToken.None));

            await store.SaveAsync(GuildSettings.Default(13, BotLanguage.English), 5, CancellationToken.None);
            var afterFirstSave = await store.FindRecentAsync(13, CancellationToken.None);
            await store.SaveAsync(GuildSettings.Default(13, BotLanguage.German), 5, CancellationToken.None);
            var afterSecondSave = await store.FindRecentAsync(13, CancellationToken.None);

            Assert.Equal(BotLanguage.English, afterFirstSave?.Language);
            Assert.Equal(BotLanguage.German, afterSecondSave?.Language);
        });

    protected async Task A_recent_read_shows_another_process_s_save_after_at_most_the_max_age_body() =>
        await WithStoreAsync(async (store, reopen) =>
        {
            var otherProcess = reopen();
            await otherProcess.SaveAsync(GuildSettings.Default(14, BotLanguage.German), 5, CancellationToken.None);
            Assert.Equal(BotLanguage.German, (await store.FindRecentAsync(14, CancellationToken.None))?.Language);

            await otherProcess.SaveAsync(GuildSettings.Default(14, BotLanguage.English), 6, CancellationToken.None);
            var withinMaxAge = await store.FindRecentAsync(14, CancellationToken.None);
            Time.Advance(RecentGuildSettings.MaxAge);
            var afterMaxAge = await store.FindRecentAsync(14, CancellationToken.None);

            Assert.Equal(BotLanguage.German, withinMaxAge?.Language);
            Assert.Equal(BotLanguage.English, afterMaxAge?.Language);
            Assert.Equal(BotLanguage.English, (await store.FindAsync(14, CancellationToken.None))?.Language);
        });
}
