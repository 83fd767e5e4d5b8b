namespace NewsBot.Startup;

/// <summary>
/// A check of the settings that only trying can do (can the database file be opened?), run by <c>Program</c> after the
/// settings are validated and before the host starts, so that a failure is one paragraph and not a failed start.
/// Throws <see cref="InvalidSettingException"/> naming the setting. A feature registers its checks itself.
/// </summary>
internal interface IStartupCheck
{
    Task CheckAsync(CancellationToken cancellationToken);
}
