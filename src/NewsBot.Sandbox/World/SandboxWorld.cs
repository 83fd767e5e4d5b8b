namespace NewsBot.Sandbox.World;

/// <summary>
/// The application, its bot user and the guilds the bot is in. <see cref="CreateDefault"/> builds the standard
/// world; tests may add guilds through <see cref="AddGuild"/> before the server starts.
/// </summary>
public sealed class SandboxWorld
{
    private readonly SnowflakeGenerator _ids;
    private readonly TimeProvider _time;

    private SandboxWorld(SnowflakeGenerator ids, TimeProvider time, string applicationName)
    {
        _ids = ids;
        _time = time;
        ApplicationId = ids.Next();
        ApplicationName = applicationName;
        BotUser = new SandboxUser(ApplicationId, applicationName, applicationName, Bot: true);
        Owner = new SandboxUser(ids.Next(), "sandbox-owner", "Sandbox Owner");
        Moderator = new SandboxUser(ids.Next(), "mod-mia", "Mia (Moderator)");
        Viewer = new SandboxUser(ids.Next(), "viewer-vic", "Vic (Viewer)");
    }

    public ulong ApplicationId { get; }
    public string ApplicationName { get; }
    public SandboxUser BotUser { get; }
    public SandboxUser Owner { get; }
    public SandboxUser Moderator { get; }
    public SandboxUser Viewer { get; }
    public IList<SandboxGuild> Guilds { get; } = [];

    public SandboxGuild DefaultGuild => Guilds[0];

    public static SandboxWorld CreateDefault(SnowflakeGenerator ids, TimeProvider time, string applicationName = "NewsBot")
    {
        ArgumentNullException.ThrowIfNull(ids);
        var world = new SandboxWorld(ids, time, applicationName);
        world.AddGuild("NewsBot Sandbox");
        return world;
    }

    public SandboxGuild? FindGuild(ulong id)
    {
        foreach (var guild in Guilds)
        {
            if (guild.Id == id)
                return guild;
        }
        return null;
    }

    /// <summary>A channel or thread of any guild.</summary>
    public SandboxChannel? FindChannel(ulong id)
    {
        foreach (var guild in Guilds)
        {
            if (guild.FindChannel(id) is { } channel)
                return channel;
        }
        return null;
    }

    /// <summary>
    /// Adds a guild with #general, #announcements and #read-only (the bot may not send there), the roles
    /// @everyone, Moderator (Manage Server), Viewers (mentionable), Quiet (not mentionable) and the bot's role,
    /// and the members owner, moderator, viewer and the bot.
    /// </summary>
    public SandboxGuild AddGuild(string name, string preferredLocale = "de")
    {
        var guild = new SandboxGuild(_ids.Next(), name, Owner.Id, preferredLocale);
        var now = _time.GetUtcNow();
        guild.Roles.Add(new SandboxRole(guild.Id, "@everyone", SandboxPermissions.EveryoneDefault, 0));
        var moderator = new SandboxRole(_ids.Next(), "Moderator", SandboxPermissions.ManageGuild | SandboxPermissions.ManageEvents, 3, Color: 0x3498DB);
        var viewers = new SandboxRole(_ids.Next(), "Viewers", 0, 1, Mentionable: true, Color: 0x2ECC71);
        var quiet = new SandboxRole(_ids.Next(), "Quiet", 0, 2);
        var botRole = new SandboxRole(_ids.Next(), ApplicationName,
            SandboxPermissions.ViewChannel | SandboxPermissions.SendMessages | SandboxPermissions.EmbedLinks
            | SandboxPermissions.ReadMessageHistory | SandboxPermissions.MentionEveryone
            | SandboxPermissions.ManageEvents | SandboxPermissions.CreateEvents | SandboxPermissions.UseApplicationCommands
            | SandboxPermissions.CreatePublicThreads | SandboxPermissions.SendMessagesInThreads | SandboxPermissions.AttachFiles,
            4, Managed: true, BotId: BotUser.Id);
        foreach (var role in new[] { moderator, viewers, quiet, botRole })
            guild.Roles.Add(role);

        guild.Channels.Add(new SandboxChannel(_ids.Next(), guild.Id, "general", 0, Topic: "Talk about the streams"));
        guild.Channels.Add(new SandboxChannel(_ids.Next(), guild.Id, "announcements", 1, Topic: "Stream announcements"));
        guild.Channels.Add(new SandboxChannel(_ids.Next(), guild.Id, "read-only", 2, Topic: "The bot may not post here")
        {
            Overwrites = [new SandboxOverwrite(botRole.Id, 0, 0, SandboxPermissions.SendMessages)],
        });
        // A private channel for the companion's question queue: only moderators (and the bot) see it.
        guild.Channels.Add(new SandboxChannel(_ids.Next(), guild.Id, "moderators", 3, Topic: "Question queue")
        {
            Overwrites =
            [
                new SandboxOverwrite(guild.Id, 0, 0, SandboxPermissions.ViewChannel),
                new SandboxOverwrite(moderator.Id, 0, SandboxPermissions.ViewChannel, 0),
                new SandboxOverwrite(botRole.Id, 0, SandboxPermissions.ViewChannel, 0),
            ],
        });

        guild.Members.Add(new SandboxMember(Owner, now));
        guild.Members.Add(new SandboxMember(Moderator, now) { RoleIds = [moderator.Id] });
        guild.Members.Add(new SandboxMember(Viewer, now) { RoleIds = [viewers.Id] });
        guild.Members.Add(new SandboxMember(BotUser, now) { RoleIds = [botRole.Id] });
        Guilds.Add(guild);
        return guild;
    }

    /// <summary>The bot's member object in a guild.</summary>
    public SandboxMember BotMember(SandboxGuild guild)
    {
        ArgumentNullException.ThrowIfNull(guild);
        return guild.FindMember(BotUser.Id) ?? throw new InvalidOperationException($"The bot is not a member of guild {guild.Id}.");
    }
}
