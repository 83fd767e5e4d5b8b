using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Discord;
using NewsBot.NoToken.Demo;
using NewsBot.NoToken.Terminal;
using NewsBot.Storage;

namespace NewsBot.NoToken;

/// <summary>
/// The no-token experience: what the bot adds to its production host when it has no Discord token, so that trying it
/// needs nothing but the repository.
/// </summary>
internal static class NoTokenServiceCollectionExtensions
{
    /// <summary>The token the bot sends to the embedded sandbox (which accepts any).</summary>
    public const string SandboxToken = "sandbox";

    /// <summary>
    /// Runs an in-process sandbox and points the Discord client at it; its world gets new ids on every start, so (with
    /// SQLite) the bot keeps its sandbox state in a throw-away database instead of the configured one. Pre-configures the
    /// sandbox guild, adds a demo stream a few minutes ahead to this run's schedule and, when a person is at the terminal,
    /// runs the interactive sandbox terminal (without one — a service, CI — the bot just runs). Before or after the
    /// features: it replaces what it changes.
    /// </summary>
    public static HostApplicationBuilder AddNoTokenExperience(this HostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => new EmbeddedSandbox(TimeProvider.System));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<DiscordClientOptions>, SandboxClientOptions>());
        UseThrowAwayDatabase(builder);
        RegisterCommandsAtOnce(builder);
        // Interactions:Mode Http or Both: the endpoint uses the sandbox's key, and the sandbox is told the endpoint's URL.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<HttpInteractions.InteractionsOptions>, SandboxInteractionsUrlService.Defaults>());
        services.AddHostedService<SandboxInteractionsUrlService>();

        services.TryAddSingleton<SandboxDemoStream>();
        // Every reader of the schedule gets the file's streams plus the demo stream (the file itself is not changed).
        services.Replace(ServiceDescriptor.Singleton<IStreamSchedule>(sp => new ScheduleWithDemoStream(
            sp.GetRequiredService<FileStreamSchedule>(), sp.GetRequiredService<IDiscussionCatalog>(), sp.GetRequiredService<SandboxDemoStream>())));
        services.AddHostedService<SandboxDemoService>();

        if (TerminalAttached())
        {
            services.TryAddSingleton(sp => sp.GetRequiredService<EmbeddedSandbox>().Server);
            services.TryAddSingleton<Func<DemoStreamNotice?>>(sp => () => DemoNotice(sp));
            services.AddSandboxTerminal();
            // The terminal owns the console: only warnings and errors are logged into it.
            services.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule("Console", null, LogLevel.Warning, null)));
        }
        return builder;
    }

    /// <summary>A person at a terminal: input not redirected, an interactive session, and not CI.</summary>
    public static bool TerminalAttached() =>
        !Console.IsInputRedirected
        && Environment.UserInteractive
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The sandbox lists the commands in its banner and terminal: they are registered at once unless the settings say otherwise.</summary>
    private static void RegisterCommandsAtOnce(HostApplicationBuilder builder)
    {
        var key = $"{DiscordAdapters.BotOptions.Section}:{nameof(DiscordAdapters.BotOptions.CommandRegistrationDelay)}";
        if (builder.Configuration[key] is null)
            builder.Configuration.AddInMemoryCollection([new(key, "00:00:00")]);
    }

    private static void UseThrowAwayDatabase(HostApplicationBuilder builder)
    {
        var provider = builder.Configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"];
        if (!string.IsNullOrEmpty(provider) && !provider.Equals(nameof(StorageProvider.Sqlite), StringComparison.OrdinalIgnoreCase))
            return;
        var path = Path.Combine(Path.GetTempPath(), $"newsbot-sandbox-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        builder.Configuration.AddInMemoryCollection([new($"{StorageOptions.Section}:{nameof(StorageOptions.SqlitePath)}", path)]);
        builder.Services.AddSingleton(_ => new SandboxDatabaseFile(path));
    }

    private static DemoStreamNotice? DemoNotice(IServiceProvider services)
    {
        var catalog = services.GetRequiredService<IDiscussionCatalog>();
        return services.GetRequiredService<SandboxDemoStream>().Entry(catalog) is { } stream && catalog.Find(stream.DiscussionId, guildId: null) is { } discussion
            ? new DemoStreamNotice(discussion.Headline, stream.StartsAt, SandboxDemoStream.ReminderOffsets[0])
            : null;
    }

    private sealed class SandboxClientOptions(EmbeddedSandbox sandbox) : IPostConfigureOptions<DiscordClientOptions>
    {
        public void PostConfigure(string? name, DiscordClientOptions options)
        {
            options.RestBaseUrl = sandbox.RestBaseUrl;
            options.Token = SandboxToken;
        }
    }
}
