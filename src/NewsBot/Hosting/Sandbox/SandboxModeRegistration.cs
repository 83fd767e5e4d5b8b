using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Discord;
using NewsBot.Storage;
using NewsBot.Terminal;

namespace NewsBot.Hosting.Sandbox;

internal static class SandboxModeRegistration
{
    /// <summary>The token the bot sends to the embedded sandbox (which accepts any).</summary>
    public const string SandboxToken = "sandbox";

    /// <summary>
    /// No token: run an in-process sandbox and point the Discord client at it. Its world gets new ids on every start,
    /// so (with SQLite) the bot keeps its sandbox state in a throw-away database instead of the configured one.
    /// </summary>
    public static HostApplicationBuilder AddEmbeddedSandbox(this HostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new EmbeddedSandbox(TimeProvider.System));
        services.AddSingleton<IPostConfigureOptions<DiscordClientOptions>, SandboxClientOptions>();

        var provider = builder.Configuration["Storage:Provider"];
        if (string.IsNullOrEmpty(provider) || provider.Equals(nameof(StorageProvider.Sqlite), StringComparison.OrdinalIgnoreCase))
        {
            var path = Path.Combine(Path.GetTempPath(), $"newsbot-sandbox-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
            builder.Configuration.AddInMemoryCollection([new("Storage:SqlitePath", path)]);
            services.AddSingleton(_ => new SandboxDatabaseFile(path));
        }
        return builder;
    }

    /// <summary>
    /// Registered after the features: pre-configures the sandbox guild and, when a person is at the terminal, runs the
    /// interactive sandbox terminal. Without a terminal (a service, CI) the bot just runs.
    /// </summary>
    public static IServiceCollection AddSandboxDemo(this IServiceCollection services)
    {
        services.AddSandboxDemoStream();
        services.AddHostedService<SandboxDemoService>();
        if (TerminalAttached())
        {
            services.TryAddSingleton(sp => sp.GetRequiredService<EmbeddedSandbox>().Server);
            services.AddSingleton<Func<DemoStreamNotice?>>(sp => () => DemoNotice(sp));
            services.AddSandboxTerminal();
            // The terminal owns the console: only warnings and errors are logged into it.
            services.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule("Console", null, LogLevel.Warning, null)));
        }
        return services;
    }

    /// <summary>
    /// Registered after the schedule: every reader of <see cref="IStreamSchedule"/> gets the schedule file's streams plus
    /// the demo stream (the file itself is not changed).
    /// </summary>
    private static void AddSandboxDemoStream(this IServiceCollection services)
    {
        services.TryAddSingleton<SandboxDemoStream>();
        var file = services.LastOrDefault(d => d.ServiceType == typeof(IStreamSchedule) && !d.IsKeyedService);
        if (file is null)
            return;
        services.Remove(file);
        services.AddSingleton<IStreamSchedule>(sp => new ScheduleWithDemoStream(
            Resolve(file, sp), sp.GetRequiredService<IDiscussionCatalog>(), sp.GetRequiredService<SandboxDemoStream>()));
    }

    private static DemoStreamNotice? DemoNotice(IServiceProvider services)
    {
        var catalog = services.GetRequiredService<IDiscussionCatalog>();
        return services.GetRequiredService<SandboxDemoStream>().Entry(catalog) is { } stream && catalog.Find(stream.DiscussionId, guildId: null) is { } discussion
            ? new DemoStreamNotice(discussion.Headline, stream.StartsAt, SandboxDemoStream.ReminderOffsets[0])
            : null;
    }

    private static IStreamSchedule Resolve(ServiceDescriptor descriptor, IServiceProvider services) =>
        (IStreamSchedule)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));

    /// <summary>A person at a terminal: input not redirected, an interactive session, and not CI.</summary>
    public static bool TerminalAttached() =>
        !Console.IsInputRedirected
        && Environment.UserInteractive
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private sealed class SandboxClientOptions(EmbeddedSandbox sandbox) : IPostConfigureOptions<DiscordClientOptions>
    {
        public void PostConfigure(string? name, DiscordClientOptions options)
        {
            options.RestBaseUrl = sandbox.RestBaseUrl;
            options.Token = SandboxToken;
        }
    }
}
