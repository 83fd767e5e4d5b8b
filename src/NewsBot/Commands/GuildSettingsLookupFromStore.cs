using Microsoft.Extensions.DependencyInjection;
using NewsBot.Settings;

namespace NewsBot.Commands;

/// <summary>
/// The <see cref="IGuildSettingsLookup"/> is the registered <see cref="IGuildSettingsStore"/> itself (the SQL stores
/// answer it with one query), so the lookup can never disagree with the store, whichever of <c>AddSlashCommands</c>
/// and <c>AddGuildSettings</c> is called first.
/// </summary>
internal static class GuildSettingsLookupFromStore
{
    public static IGuildSettingsLookup Resolve(IServiceProvider services)
    {
        var store = services.GetRequiredService<IGuildSettingsStore>();
        return store as IGuildSettingsLookup
            ?? throw new InvalidOperationException(
                $"The registered {nameof(IGuildSettingsStore)} ({store.GetType().Name}) does not implement {nameof(IGuildSettingsLookup)}; " +
                $"implement it on the store or register an {nameof(IGuildSettingsLookup)} explicitly.");
    }
}
