using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Announcements;
using NewsBot.Announcements.Events;
using NewsBot.Commands;
using NewsBot.Commands.Config;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Core.Summaries;
using NewsBot.GuildDiscussions;
using NewsBot.GuildFeeds;
using NewsBot.Hosting;
using NewsBot.Settings;
using NewsBot.Storage;
using NewsBot.GuildStreams;
using NewsBot.Tests.Announcements;
using NewsBot.Tests.Commands;
using NewsBot.Tests.Commands.Fakes;

namespace NewsBot.Tests.Hosting;

public sealed class FeatureRegistrationTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 18, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Directory.CreateTempSubdirectory("newsbot-features-").FullName;

    private IConfiguration Configuration => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Storage:SqlitePath"] = Path.Combine(_directory, "bot.db"),
        ["Schedule:File"] = Path.Combine(_directory, "streams.json"),
    }).Build();

    private readonly FakePermissionProbe _probe = new();

    /// <summary>Exactly what the host must bring besides <c>AddNewsBotFeatures</c>: catalog, summarizer and the Discord-side services.</summary>
    private void AddHostServices(IServiceCollection services)
    {
        services.AddSingleton<IDiscussionCatalog>(new InMemoryDiscussionCatalog(TestData.Europa));
        // The catalog's reader, which the servers' own discussions are refreshed through after a save.
        services.AddSingleton(new DiscussionCatalog([], NullLogger<DiscussionCatalog>.Instance));
        services.AddSingleton<IAttachmentDownloads>(new FakeAttachmentDownloads());
        services.AddSingleton<ISummarizer>(new FakeSummarizer());
        services.AddSingleton<IAnnouncementPublisher>(new FakePublisher());
        services.AddSingleton<IScheduledEventMirror>(new FakeEventMirror());
        services.AddSingleton<IChannelPermissionProbe>(_probe);
        var companion = new NewsBot.Tests.Companion.FakeCompanionDiscord();
        services.AddSingleton<NewsBot.Companion.ILiveThreadStarter>(companion);
        services.AddSingleton<NewsBot.Companion.IMessageEditor>(companion);
        services.AddSingleton<NewsBot.Companion.IFilePublisher>(companion);
        services.AddSingleton<NewsBot.Companion.IOwnMessageFinder>(companion);
    }

    private static ServiceProvider BuildValidated(IServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    [Fact]
    public async Task The_features_plus_catalog_summarizer_and_four_discord_services_form_a_complete_graph()
    {
        var services = new ServiceCollection();
        AddHostServices(services);
        services.AddNewsBotFeatures(Configuration);

        await using var provider = BuildValidated(services);

        Assert.NotNull(provider.GetRequiredService<CommandRouter>());
        AssertWiredToTheStores(provider);
    }

    [Fact]
    public async Task Each_feature_registers_only_what_it_owns_so_any_order_gives_the_same_wiring()
    {
        var configuration = Configuration;
        Action<IServiceCollection>[] features =
        [
            s => s.AddSlashCommands(),
            s => s.AddAnnouncements(configuration),
            s => s.AddGuildSettings(),
            s => s.AddStorage(configuration),
            s => s.AddStreamSchedule(configuration),
            s => s.AddGuildDiscussions(configuration),
            s => s.AddGuildStreams(),
            s => s.AddGuildFeeds(configuration),
        ];
        List<string>? first = null;
        foreach (var order in new[] { features, [.. features.Reverse()], [features[2], features[6], features[5], features[0], features[7], features[4], features[1], features[3]] })
        {
            var services = new ServiceCollection();
            services.AddLogging();
            AddHostServices(services);
            foreach (var add in order)
                add(services);

            await using var provider = BuildValidated(services);

            AssertWiredToTheStores(provider);
            Assert.Single(services, d => d.ServiceType == typeof(IAnnouncementFailures));
            Assert.Single(services, d => d.ServiceType == typeof(IAnnouncementReplanner));
            Assert.Single(services, d => d.ServiceType == typeof(IGuildSettingsLookup));
            var registered = Services(services).Order(StringComparer.Ordinal).ToList();
            first ??= registered;
            Assert.Equal(first, registered);
        }
    }

    [Fact]
    public async Task A_deliberately_registered_implementation_is_kept()
    {
        var failures = new FakeAnnouncementFailures();
        var services = new ServiceCollection();
        services.AddSingleton<IAnnouncementFailures>(failures);
        AddHostServices(services);
        services.AddNewsBotFeatures(Configuration);

        await using var provider = BuildValidated(services);

        Assert.Same(failures, provider.GetRequiredService<IAnnouncementFailures>());
    }

    [Fact]
    public void Registering_everything_twice_adds_no_second_service_or_hosted_service()
    {
        var services = new ServiceCollection();
        services.AddNewsBotFeatures(Configuration);
        var once = Services(services);
        var hostedOnce = services.Count(d => d.ServiceType == typeof(IHostedService));

        services.AddNewsBotFeatures(Configuration);

        // Options configuration may repeat (the same values applied twice); nothing else may.
        Assert.Equal(once, Services(services));
        Assert.Equal(7, hostedOnce); // schedule watcher, storage migration, stored guild streams, announcements, event mirror, companion, feed polling
        Assert.Equal(hostedOnce, services.Count(d => d.ServiceType == typeof(IHostedService)));
    }

    [Fact]
    public async Task Config_saves_to_the_database_replans_at_once_and_shows_the_ledgers_failures()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        AddHostServices(services);
        services.AddNewsBotFeatures(Configuration);
        await using var provider = BuildValidated(services);
        var replans = 0;
        provider.GetRequiredService<ReplanSignal>().Requested += (_, _) => replans++;
        _probe.ChannelPermissions[555] = Permissions.Announce;
        var router = provider.GetRequiredService<CommandRouter>();
        var ledger = provider.GetRequiredService<IAnnouncementLedger>();
        var key = new AnnouncementKey("europa@2026-12-03T19:15:00Z", CommandHarness.GuildId, TimeSpan.FromMinutes(15));
        await ledger.AddPlannedAsync([new PlannedAnnouncement(key, "europa", Now, null, Now, 555)], Now, CancellationToken.None);
        var holder = await ledger.StartRunAsync("test", Now);
        await ledger.TryClaimAsync(key, holder, Now, TimeSpan.FromMinutes(1), CancellationToken.None);
        await ledger.MarkFailedAsync(key, holder, "missing permission: Send Messages", Now, CancellationToken.None);

        var saved = await router.HandleAsync(
            CommandHarness.Context("config", "channel", new() { ["channel"] = "555" }, permissions: Permissions.ManageGuild), CancellationToken.None);
        var shown = await router.HandleAsync(CommandHarness.Context("config", "show", permissions: Permissions.ManageGuild), CancellationToken.None);

        Assert.Equal("Announcements will go to <#555>.", saved.Content);
        Assert.Equal(1, replans);
        var stored = await provider.GetRequiredService<IGuildSettingsLookup>().FindAsync(CommandHarness.GuildId, CancellationToken.None);
        Assert.Equal(555UL, stored?.AnnouncementChannelId);
        var problems = Assert.Single(shown.Embeds).Fields.Single(f => f.Name == "Problems");
        Assert.Contains("missing permission: Send Messages", problems.Value, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle may still be closing; the OS temp folder is cleaned eventually.
        }
    }

    private static void AssertWiredToTheStores(IServiceProvider provider)
    {
        var store = provider.GetRequiredService<IGuildSettingsStore>();
        Assert.IsType<SqlGuildSettingsStore>(store);
        Assert.Same(store, provider.GetRequiredService<IGuildSettingsLookup>());
        Assert.Same(store, provider.GetRequiredService<ISettingsChangeLog>());
        Assert.IsType<LedgerAnnouncementFailures>(provider.GetRequiredService<IAnnouncementFailures>());
        Assert.Same(provider.GetRequiredService<ReplanSignal>(), provider.GetRequiredService<IAnnouncementReplanner>());
    }

    private static List<string> Services(IServiceCollection services) =>
    [
        .. services
            .Where(d => d.ServiceType.Namespace != "Microsoft.Extensions.Options")
            .Select(d => $"{d.ServiceType} {d.ImplementationType ?? d.ImplementationInstance?.GetType()} {d.ImplementationFactory?.Method}"),
    ];
}
