namespace NewsBot.Startup;

/// <summary>
/// A setting that stops the start: <see cref="Key"/> is its full key (<c>Announcements:ClaimLease</c>), <see cref="Value"/>
/// what was given, <see cref="Expected"/> what would work. The host's <c>StartupErrors</c> turns it into one paragraph, exit 2.
/// </summary>
internal sealed class InvalidSettingException(string key, string? value, string expected, Exception? inner = null)
    : Exception($"The setting {key} = '{value}' is unusable: {expected}", inner)
{
    public string Key { get; } = key;

    public string? Value { get; } = value;

    /// <summary>What the setting needs, as a sentence fragment ("a duration such as 00:01:00 …").</summary>
    public string Expected { get; } = expected;
}
