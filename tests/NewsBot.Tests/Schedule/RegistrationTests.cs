using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Announcements;
using NewsBot.Core.Schedule;
using NewsBot.Settings;
using NewsBot.Storage;

namespace NewsBot.Tests.Schedule;

public sealed class RegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddStreamSchedule(configuration);
        services.AddStorage(configuration);
        services.AddGuildSettings();
        services.AddAnnouncements(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Postgres_without_a_connection_string_fails_with_a_clear_message()
    {
        using var provider = Build(new() { ["Storage:Provider"] = "Postgres" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.Contains("Storage:PostgresConnectionString is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_are_sqlite_in_data_and_the_shipped_schedule()
    {
        using var provider = Build([]);

        var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        var schedule = provider.GetRequiredService<IOptions<ScheduleOptions>>().Value;
        var announcements = provider.GetRequiredService<IOptions<AnnouncementOptions>>().Value;
        Assert.Equal(StorageProvider.Sqlite, storage.Provider);
        Assert.Equal("data/newsbot.db", storage.SqlitePath);
        Assert.Equal("config/streams.json", schedule.File);
        Assert.Equal("Europe/Berlin", schedule.DefaultTimeZone);
        Assert.Equal(TimeSpan.FromMinutes(15), announcements.CatchUpWindow);
    }

    [Fact]
    public void An_unknown_default_time_zone_fails_at_start()
    {
        using var provider = Build(new() { ["Schedule:DefaultTimeZone"] = "Europe/Atlantis" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ScheduleOptions>>().Value);
        Assert.Contains("Europe/Atlantis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_publish_timeout_not_shorter_than_the_claim_lease_fails_at_start()
    {
        using var provider = Build(new() { ["Announcements:PublishTimeout"] = "00:02:00", ["Announcements:ClaimLease"] = "00:01:00" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AnnouncementOptions>>().Value);
        Assert.Contains("PublishTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instance_id_longer_than_100_characters_fails_at_start()
    {
        using var provider = Build(new() { ["Announcements:InstanceId"] = new string('x', 101) });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AnnouncementOptions>>().Value);
        Assert.Contains("InstanceId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_settings_store_resolves_to_sqlite_on_the_configured_file()
    {
        var directory = Directory.CreateTempSubdirectory("newsbot-reg-").FullName;
        try
        {
            await using (var provider = Build(new() { ["Storage:SqlitePath"] = Path.Combine(directory, "x", "bot.db") }))
            {
                var store = provider.GetRequiredService<IGuildSettingsStore>();
                await store.SaveAsync(GuildSettings.Default(1) with { AnnouncementChannelId = 2 }, 3, CancellationToken.None);

                Assert.IsType<SqlGuildSettingsStore>(store);
                Assert.Single(await provider.GetRequiredService<ISettingsChangeLog>().RecentChangesAsync(1, 5, CancellationToken.None));
                Assert.IsType<SqlAnnouncementLedger>(provider.GetRequiredService<IAnnouncementLedger>());
                Assert.True(File.Exists(Path.Combine(directory, "x", "bot.db")));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
