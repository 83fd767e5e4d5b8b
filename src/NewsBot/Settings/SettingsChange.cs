namespace NewsBot.Settings;

/// <summary>One recorded settings change: who, when, and a readable description of what.</summary>
public sealed record SettingsChange(ulong GuildId, ulong ChangedByUserId, DateTimeOffset ChangedAt, string Change);
