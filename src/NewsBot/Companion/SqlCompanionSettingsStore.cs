using NewsBot.Storage;

namespace NewsBot.Companion;

/// <summary>The <c>companion_settings</c> table, on SQLite or PostgreSQL.</summary>
internal sealed class SqlCompanionSettingsStore(SqlDatabase database) : ICompanionSettingsStore
{
    public async Task<CompanionSettings> GetAsync(ulong guildId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null,
            "SELECT live_thread, moderator_channel_id FROM companion_settings WHERE guild_id = @guild", ("guild", guildId.ToDb()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new CompanionSettings(guildId, reader.GetInt32(0) == 1, reader.GetNullableSnowflake(1))
            : CompanionSettings.Default(guildId);
    }

    public async Task SaveAsync(CompanionSettings settings, ulong changedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null,
            """
            INSERT INTO companion_settings (guild_id, live_thread, moderator_channel_id, updated_at, updated_by)
            VALUES (@guild, @thread, @moderators, @now, @by)
            ON CONFLICT (guild_id) DO UPDATE SET live_thread = excluded.live_thread,
                moderator_channel_id = excluded.moderator_channel_id, updated_at = excluded.updated_at, updated_by = excluded.updated_by
            """,
            cancellationToken, ("guild", settings.GuildId.ToDb()), ("thread", settings.LiveThread ? 1 : 0),
            ("moderators", settings.ModeratorChannelId.ToDb()), ("now", now.ToDb()), ("by", changedBy.ToDb()));
    }
}
