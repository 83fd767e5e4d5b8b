using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Announcements;
using NewsBot.Commands;
using NewsBot.Commands.Config;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Core.Summaries;
using NewsBot.GuildDiscussions;
using NewsBot.GuildFeeds;
using NewsBot.Interactions;
using NewsBot.Messages;
using NewsBot.Settings;
using NewsBot.GuildStreams;
using NewsBot.Storage;
using NewsBot.Tests.Commands.Fakes;
using NewsBot.Texts;
using NewsBot.Web.Fetching;

namespace NewsBot.Tests.Commands;

/// <summary>The real commands and router, wired through AddSlashCommands, over hand-written fakes.</summary>
internal sealed class CommandHarness
{
    public const ulong GuildId = 100;
    public const ulong UserId = 200;
    public const ulong ChannelId = 300;
    public const ulong RoleId = 400;

    private ServiceProvider? _provider;

    public InMemoryDiscussionCatalog Catalog { get; } = new(TestData.Europa, TestData.Climate, TestData.Security);
    public InMemoryStreamSchedule Schedule { get; } = new(TestData.EuropaStream, TestData.ClimateStream);
    public InMemoryGuildSettingsStore Store { get; } = new();
    public InMemoryGuildStreamStore StreamStore { get; } = new();
    public FakeSummarizer Summarizer { get; } = new();
    public FakePermissionProbe Probe { get; } = new();
    public FakeAnnouncementComposer Composer { get; } = new();

    /// <summary>More registrations after <c>AddSlashCommands</c> (a test's own command).</summary>
    public Action<IServiceCollection>? AlsoRegister { get; set; }

    /// <summary>Set to use another composer (the real one) instead of <see cref="Composer"/>.</summary>
    public IAnnouncementComposer? ComposerInstead { get; set; }
    public FakeAnnouncementFailures Failures { get; } = new();
    public FakeReplanner Replanner { get; } = new();
    public FakeTimeProvider Time { get; } = new(TestData.Now);
    public CapturingLoggerProvider Logs { get; } = new();
    public FakeAttachmentDownloads Attachments { get; } = new();
    public FakeWebFetcher Web { get; } = new();

    /// <summary>The SQLite file of the servers' own discussions; created only when a test stores one.</summary>
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), "newsbot-harness-" + Guid.NewGuid().ToString("N"), "newsbot.db");

    /// <summary>Schedule:DefaultTimeZone, the zone of announced times that name none.</summary>
    public string DefaultTimeZone { get; set; } = "Europe/Berlin";

    public CommandRouter Router => Provider.GetRequiredService<CommandRouter>();

    /// <summary>The component router over the buttons the commands registered (the Discord wiring adds it in the host).</summary>
    public ComponentRouter Components => ActivatorUtilities.CreateInstance<ComponentRouter>(Provider);

    /// <summary>Presses the button with <paramref name="customId"/> on a message in the harness's guild.</summary>
    public Task<ComponentReply> PressAsync(string customId, string userLocale = "en-US", string guildLocale = "en-US") =>
        Components.HandleAsync(Press(customId, userLocale, guildLocale), CancellationToken.None).AsTask();

    public static ComponentContext Press(string customId, string userLocale = "en-US", string guildLocale = "en-US")
    {
        var (prefix, payload) = CustomId.Split(customId);
        return new ComponentContext(prefix, payload, 500, GuildId, ChannelId, UserId, userLocale, guildLocale, 0);
    }

    public ServiceProvider Provider => _provider ??= Build();

    /// <summary>Stores settings for the guild so that it counts as configured in this language.</summary>
    public CommandHarness WithGuildLanguage(BotLanguage language)
    {
        Store.Put(GuildSettings.Default(GuildId, language));
        return this;
    }

    public Task<BotMessage> RunAsync(string command, string? subcommand = null, Dictionary<string, string>? options = null,
        string userLocale = "en-US", string guildLocale = "en-US", ulong permissions = 0, bool inGuild = true) =>
        Router.HandleAsync(Context(command, subcommand, options, userLocale, guildLocale, permissions, inGuild), CancellationToken.None).AsTask();

    public static CommandContext Context(string command, string? subcommand = null, Dictionary<string, string>? options = null,
        string userLocale = "en-US", string guildLocale = "en-US", ulong permissions = 0, bool inGuild = true) =>
        new(command, subcommand, options ?? [], inGuild ? GuildId : null, UserId, userLocale, inGuild ? guildLocale : null, permissions)
        {
            ChannelId = ChannelId,
        };

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(Logs));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IDiscussionCatalog>(Catalog);
        services.AddSingleton<IStreamSchedule>(Schedule);
        services.AddSingleton<IGuildSettingsStore>(Store);
        services.AddSingleton<IGuildSettingsLookup>(Store);
        services.AddSingleton<ISummarizer>(Summarizer);
        services.AddSingleton<IChannelPermissionProbe>(Probe);
        services.AddSingleton(ComposerInstead ?? Composer);
        services.AddSingleton<IAnnouncementFailures>(Failures);
        services.AddSingleton<IAnnouncementReplanner>(Replanner);
        services.Configure<ScheduleOptions>(o => o.DefaultTimeZone = DefaultTimeZone);
        services.AddSingleton<SqlDatabase>(new SqliteDatabase(DatabasePath, Time));
        services.AddSingleton<IGuildDiscussionStore, SqlGuildDiscussionStore>();
        services.AddSingleton<GuildDiscussionSource>();
        services.AddSingleton<IGuildDiscussionReload>(sp => new CatalogReload(Catalog, sp.GetRequiredService<GuildDiscussionSource>()));
        services.AddSingleton<IAttachmentDownloads>(Attachments);
        services.AddSingleton<IWebFetcher>(Web);
        services.AddSingleton<IGuildStreamStore>(StreamStore);
        services.AddGuildStreamScheduler();
        services.AddSingleton<IGuildFeedStore, SqlGuildFeedStore>();
        services.AddSingleton<FeedPollSignal>();
        services.AddSlashCommands();
        AlsoRegister?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
