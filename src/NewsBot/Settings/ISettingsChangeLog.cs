namespace NewsBot.Settings;

/// <summary>Who changed a guild's settings, when and what (the <c>settings_changes</c> table), e.g. for <c>/config show</c>.</summary>
public interface ISettingsChangeLog
{
    /// <summary>The guild's latest changes, newest first.</summary>
    Task<IReadOnlyList<SettingsChange>> RecentChangesAsync(ulong guildId, int limit, CancellationToken cancellationToken);
}
