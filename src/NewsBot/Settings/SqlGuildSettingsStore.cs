using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Storage;
using NewsBot.Texts;

namespace NewsBot.Settings;

/// <summary>
/// Guild settings in <c>guild_settings</c>; every save that changes something adds a row to <c>settings_changes</c>
/// (who, when from the injected clock, what) and logs it. On SQLite or PostgreSQL alike; also the
/// <see cref="IGuildSettingsLookup"/> (one query by primary key, or none while the guild's settings are recent).
/// </summary>
internal sealed partial class SqlGuildSettingsStore(SqlDatabase database, TimeProvider time, ILogger<SqlGuildSettingsStore> logger)
    : IGuildSettingsStore, ISettingsChangeLog, IGuildSettingsLookup
{
    private readonly RecentGuildSettings _recent = new(time);

    private const string Columns = "guild_id, announcement_channel_id, ping_role_id, reminder_offsets, language, mirror_events, time_zone";

    public async Task<GuildSettings> GetAsync(ulong guildId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadAsync(connection, null, guildId, cancellationToken) ?? GuildSettings.Default(guildId);
    }

    /// <summary>The guild's stored settings, or null when it never saved any.</summary>
    public async Task<GuildSettings?> FindAsync(ulong guildId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadAsync(connection, null, guildId, cancellationToken);
    }

    public ValueTask<GuildSettings?> FindRecentAsync(ulong guildId, CancellationToken cancellationToken) =>
        _recent.TryGet(guildId, out var settings) ? ValueTask.FromResult(settings) : ReadAndRememberAsync(guildId, cancellationToken);

    private async ValueTask<GuildSettings?> ReadAndRememberAsync(ulong guildId, CancellationToken cancellationToken)
    {
        var generation = _recent.Generation;
        var settings = await FindAsync(guildId, cancellationToken);
        _recent.Remember(guildId, settings, generation);
        return settings;
    }

    public async Task<IReadOnlyList<GuildSettings>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"SELECT {Columns} FROM guild_settings ORDER BY guild_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var all = new List<GuildSettings>();
        while (await reader.ReadAsync(cancellationToken))
            all.Add(Read(reader));
        return all;
    }

    public async Task SaveAsync(GuildSettings settings, ulong changedByUserId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await ReadAsync(connection, transaction, settings.GuildId, cancellationToken) ?? GuildSettings.Default(settings.GuildId);
        var change = SettingsChangeDescriber.Describe(before, settings);
        await connection.ExecuteAsync(transaction,
            $"""
            INSERT INTO guild_settings ({Columns}, updated_at, updated_by)
            VALUES (@guild, @channel, @role, @offsets, @language, @mirror, @zone, @now, @user)
            ON CONFLICT (guild_id) DO UPDATE SET
                announcement_channel_id = excluded.announcement_channel_id, ping_role_id = excluded.ping_role_id,
                reminder_offsets = excluded.reminder_offsets, language = excluded.language,
                mirror_events = excluded.mirror_events, time_zone = excluded.time_zone, updated_at = excluded.updated_at, updated_by = excluded.updated_by
            """,
            cancellationToken,
            ("guild", settings.GuildId.ToDb()), ("channel", settings.AnnouncementChannelId.ToDb()), ("role", settings.PingRoleId.ToDb()),
            ("offsets", FormatOffsets(settings.ReminderOffsets)), ("language", settings.Language.ToString()),
            ("mirror", settings.MirrorEvents ? 1 : 0), ("zone", settings.TimeZone), ("now", now.ToDb()), ("user", changedByUserId.ToDb()));
        if (change is not null)
        {
            await connection.ExecuteAsync(transaction,
                "INSERT INTO settings_changes (guild_id, changed_by, changed_at, change) VALUES (@guild, @user, @now, @change)",
                cancellationToken,
                ("guild", settings.GuildId.ToDb()), ("user", changedByUserId.ToDb()), ("now", now.ToDb()), ("change", change));
        }

        await transaction.CommitAsync(cancellationToken);
        _recent.Forget(settings.GuildId);
        if (change is not null)
            LogChanged(settings.GuildId, changedByUserId, change);
    }

    /// <summary>The recorded changes of a guild, newest first.</summary>
    public async Task<IReadOnlyList<SettingsChange>> RecentChangesAsync(ulong guildId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null,
            "SELECT changed_by, changed_at, change FROM settings_changes WHERE guild_id = @guild ORDER BY changed_at DESC, id DESC LIMIT @limit",
            ("guild", guildId.ToDb()), ("limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changes = new List<SettingsChange>();
        while (await reader.ReadAsync(cancellationToken))
            changes.Add(new SettingsChange(guildId, reader.GetSnowflake(0), reader.GetInstant(1), reader.GetString(2)));
        return changes;
    }

    private static async Task<GuildSettings?> ReadAsync(DbConnection connection, DbTransaction? transaction, ulong guildId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, $"SELECT {Columns} FROM guild_settings WHERE guild_id = @guild", ("guild", guildId.ToDb()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static GuildSettings Read(DbDataReader reader) => new(
        reader.GetSnowflake(0),
        reader.GetNullableSnowflake(1),
        reader.GetNullableSnowflake(2),
        ParseOffsets(reader.GetString(3)),
        Enum.TryParse<BotLanguage>(reader.GetString(4), out var language) ? language : BotLanguage.German,
        Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture) != 0)
    {
        TimeZone = reader.GetNullableString(6),
    };

    private static string FormatOffsets(IReadOnlyList<TimeSpan> offsets) =>
        string.Join(",", offsets.Select(o => ((long)o.TotalSeconds).ToString(CultureInfo.InvariantCulture)));

    private static TimeSpan[] ParseOffsets(string text) =>
        text.Length == 0 ? [] : [.. text.Split(',').Select(s => TimeSpan.FromSeconds(long.Parse(s, CultureInfo.InvariantCulture)))];

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId}: settings changed by user {UserId}: {Change}")]
    private partial void LogChanged(ulong guildId, ulong userId, string change);
}
