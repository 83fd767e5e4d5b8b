namespace NewsBot.Discord.Models;

[Flags]
#pragma warning disable CA1711 // the Discord name
public enum MessageFlags
#pragma warning restore CA1711
{
    None = 0,
    SuppressEmbeds = 1 << 2,
    Ephemeral = 1 << 6,
    SuppressNotifications = 1 << 12,
}
