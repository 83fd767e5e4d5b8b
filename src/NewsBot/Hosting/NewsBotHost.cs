using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Discord;
using NewsBot.DiscordAdapters;
using NewsBot.HttpInteractions;
using NewsBot.NoToken;
using NewsBot.Operations;
using NewsBot.Startup;

namespace NewsBot.Hosting;

/// <summary>
/// Builds the bot's host: configuration (appsettings.json, user secrets, environment variables, command line,
/// then <c>overrides</c>), every feature and the Discord client — the production host — and, without a token, the
/// no-token experience (the embedded sandbox, its demo and terminal) on top of it.
/// <c>Program.cs</c> and the end-to-end tests use the same builder; tests replace <see cref="TimeProvider"/> afterwards.
/// </summary>
internal static class NewsBotHost
{
    /// <summary>Environment variables with this prefix are read too (e.g. <c>NEWSBOT_Discord__Token</c>).</summary>
    public const string EnvironmentPrefix = "NEWSBOT_";

    private const string TokenKey = $"{DiscordClientOptions.Section}:{nameof(DiscordClientOptions.Token)}";

    public static HostApplicationBuilder CreateBuilder(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        // The default reload of appsettings*.json watches the whole content root recursively (the working
        // directory: from a repository every bin, obj and node_modules folder, enough to exhaust a container's
        // inotify limit). Settings are read at start; documents and streams have watchers of their own.
        var hostConfiguration = new ConfigurationManager();
        hostConfiguration.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = Directory.GetCurrentDirectory(),
            Configuration = hostConfiguration,
        });
        AddConfigurationSources(builder, overrides);
        ConfigureLogging(builder.Logging, builder.Configuration);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<IdleMemoryRelease>();

        // The operator's port first: /healthz answers while the rest starts.
        builder.Services
            .AddNewsBotOperations(builder.Configuration)
            .AddNewsBotDocuments(builder.Configuration)
            .AddNewsBotDocumentWatching()
            .AddNewsBotFeatures(builder.Configuration)
            .AddNewsBotDiscord(builder.Configuration)
            .AddNewsBotInteractions(builder.Configuration);
        if (string.IsNullOrWhiteSpace(builder.Configuration[TokenKey]))
        {
            if (!NoTokenSandboxFeature.IsSupported)
                throw new InvalidSettingException(TokenKey, "", "the bot token (this build has no built-in sandbox to run without one; " +
                    "the normal build, dotnet run --project src/NewsBot, has)");
            builder.AddNoTokenExperience();
        }
        return builder;
    }

    private static void AddConfigurationSources(HostApplicationBuilder builder, IReadOnlyDictionary<string, string?>? overrides)
    {
        var sources = builder.Configuration.Sources;
        var environmentIndex = IndexOfEnvironmentVariables(sources) is var found and >= 0 ? found : sources.Count;
        if (!builder.Environment.IsDevelopment())
        {
            // User secrets in every environment (a developer's token), below environment variables.
            var secrets = new ConfigurationBuilder().AddUserSecrets(typeof(NewsBotHost).Assembly, optional: true, reloadOnChange: false);
            foreach (var source in secrets.Sources)
                sources.Insert(environmentIndex++, source);
        }
        // NEWSBOT_Discord__Token next to the unprefixed Discord__Token, still below the command line.
        var unprefixed = IndexOfEnvironmentVariables(sources);
        sources.Insert(unprefixed >= 0 ? unprefixed + 1 : sources.Count, new EnvironmentVariablesConfigurationSource { Prefix = EnvironmentPrefix });
        if (overrides is not null)
            builder.Configuration.AddInMemoryCollection(overrides);
    }

    private static int IndexOfEnvironmentVariables(IList<IConfigurationSource> sources) =>
        sources.ToList().FindLastIndex(s => s is EnvironmentVariablesConfigurationSource { Prefix: null or "" });

    private static void ConfigureLogging(ILoggingBuilder logging, IConfiguration configuration)
    {
        // One line per request at Information is noise; failures still show.
        logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        logging.AddFilter("Microsoft.Extensions.Http", LogLevel.Warning);
        logging.AddFilter("Polly", LogLevel.Warning);
        ConsoleLogFormat.Apply(logging, configuration);
    }
}
