using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Announcements;
using NewsBot.Companion;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Settings;
using NewsBot.Texts;

namespace NewsBot.NoToken.Demo;

/// <summary>
/// Makes the no-token run useful: gives the sandbox guild an announcement channel (#announcements), a ping role
/// (Viewers), German and a question queue for moderators (#moderators) if it has no settings yet, and prints a banner
/// that says what is going on.
/// </summary>
internal sealed partial class SandboxDemoService(
    EmbeddedSandbox sandbox,
    IGuildSettingsStore store,
    ICompanionSettingsStore companion,
    TimeProvider time,
    IAnnouncementReplanner replanner,
    IOptions<DocumentsOptions> documents,
    IOptions<ScheduleOptions> schedule,
    SandboxDemoStream demo,
    IDiscussionCatalog catalog,
    IServiceProvider services,
    ILogger<SandboxDemoService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var server = sandbox.Server;
        // Resolving it makes the container delete the throw-away database at the end.
        var database = services.GetService<SandboxDatabaseFile>();
        var guild = server.World.DefaultGuild;
        var existing = await store.ListAsync(cancellationToken);
        var configured = false;
        if (existing.All(s => s.GuildId != guild.Id))
        {
            var settings = GuildSettings.Default(guild.Id, BotLanguage.German) with
            {
                AnnouncementChannelId = guild.Channel("announcements").Id,
                PingRoleId = guild.Role("Viewers").Id,
                ReminderOffsets = SandboxDemoStream.ReminderOffsets,
            };
            await store.SaveAsync(settings, server.World.Owner.Id, cancellationToken);
            await companion.SaveAsync(
                CompanionSettings.Default(guild.Id) with { ModeratorChannelId = guild.Channel("moderators").Id },
                server.World.Owner.Id, time.GetUtcNow(), cancellationToken);
            replanner.Replan();
            configured = true;
        }

        var banner = Banner(server.BaseUri, guild.Name, configured, documents.Value.Folder, schedule.Value.File, database?.Path)
            + Environment.NewLine + DemoLine(demo.Entry(catalog) is { } stream ? catalog.Find(stream.DiscussionId, guildId: null) : null, demo.StartsAt, schedule.Value.File);
        LogBanner(logger, banner);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static string Banner(Uri baseUri, string guildName, bool configured, string documentsFolder, string scheduleFile, string? databasePath)
    {
        var lines = new List<string>
        {
            $"No Discord token: running against the built-in sandbox at {baseUri.ToString().TrimEnd('/')} " +
            $"(Discord API {baseUri}api/v10, control API {baseUri}_sandbox/…; nothing goes to Discord).",
            configured
                ? $"Sandbox guild \"{guildName}\" pre-configured: announcements in #announcements, ping role @Viewers, language de, " +
                  $"a reminder {FirstReminderMinutes} minutes before a start and \"live now\" at the start, /ask questions queued in #moderators."
                : $"Sandbox guild \"{guildName}\" keeps its stored settings.",
            $"Documents: {Path.GetFullPath(documentsFolder)}{Missing(Directory.Exists(documentsFolder))}; " +
            $"schedule: {Path.GetFullPath(scheduleFile)}{Missing(File.Exists(scheduleFile))}" +
            (databasePath is null ? "." : $"; settings in the throw-away database {databasePath} (the sandbox's ids change on every start)."),
            $"Try: curl -s {baseUri}_sandbox/interactions -H 'content-type: application/json' -d '{{\"data\":{{\"name\":\"help\"}}}}'",
            "Set Discord__Token (or NEWSBOT_Discord__Token, or user secrets) to connect to Discord instead. Ctrl+C stops.",
        };
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>What the demo shows and when (UTC here; the terminal shows local time).</summary>
    internal static string DemoLine(Discussion? discussion, DateTimeOffset startsAt, string scheduleFile) => discussion is null
        ? "Demo stream: none, no document is loaded."
        : string.Create(CultureInfo.InvariantCulture,
            $"Demo stream (this run only, {Path.GetFileName(scheduleFile)} is not changed): \"{discussion.Headline}\" starts at {startsAt:HH:mm} UTC; ") +
          $"#announcements gets a reminder {FirstReminderMinutes} minutes before (pinging @Viewers), then \"live now\". Try /schedule and /stream meanwhile.";

    private static string FirstReminderMinutes => SandboxDemoStream.ReminderOffsets[0].TotalMinutes.ToString("0", CultureInfo.InvariantCulture);

    private static string Missing(bool exists) =>
        exists ? "" : " (NOT FOUND: run from the repository root, or set Documents:Folder / Schedule:File)";

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Banner}")]
    private static partial void LogBanner(ILogger logger, string banner);
}
