using Microsoft.Extensions.Time.Testing;
using NewsBot.Settings;
using NewsBot.Texts;

namespace NewsBot.Tests.Settings;

public sealed class RecentGuildSettingsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Remembered_settings_are_answered_until_the_max_age_and_then_read_again()
    {
        var recent = new RecentGuildSettings(_time);
        var settings = GuildSettings.Default(1, BotLanguage.English);

        recent.Remember(1, settings, recent.Generation);
        _time.Advance(RecentGuildSettings.MaxAge - TimeSpan.FromMilliseconds(1));
        var justBefore = recent.TryGet(1, out var remembered);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.True(justBefore);
        Assert.Same(settings, remembered);
        Assert.False(recent.TryGet(1, out _));
    }

    [Fact]
    public void A_guild_without_stored_settings_is_remembered_as_such()
    {
        var recent = new RecentGuildSettings(_time);

        recent.Remember(2, null, recent.Generation);

        Assert.True(recent.TryGet(2, out var remembered));
        Assert.Null(remembered);
    }

    [Fact]
    public void A_read_that_a_save_overtook_is_not_remembered()
    {
        var recent = new RecentGuildSettings(_time);
        var before = recent.Generation;

        recent.Forget(3);
        recent.Remember(3, GuildSettings.Default(3, BotLanguage.German), before);

        Assert.False(recent.TryGet(3, out _));
    }

    [Fact]
    public void Forgetting_a_guild_drops_only_its_own_entry()
    {
        var recent = new RecentGuildSettings(_time);
        recent.Remember(4, GuildSettings.Default(4), recent.Generation);
        recent.Remember(5, GuildSettings.Default(5), recent.Generation);

        recent.Forget(4);

        Assert.False(recent.TryGet(4, out _));
        Assert.True(recent.TryGet(5, out _));
    }

    [Fact]
    public void Entries_of_guilds_gone_quiet_are_swept_so_memory_follows_the_active_guilds()
    {
        var recent = new RecentGuildSettings(_time);
        for (ulong guild = 1; guild <= 100; guild++)
            recent.Remember(guild, null, recent.Generation);

        _time.Advance(RecentGuildSettings.MaxAge);
        recent.Remember(1000, null, recent.Generation);

        Assert.Equal(1, recent.Count);
    }
}
