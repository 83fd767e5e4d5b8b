namespace NewsBot.Commands.OwnDiscussions;

/// <summary>
/// Manage Server or Administrator, checked on every command, press and submit: Discord's default member permission
/// only hides the command, and a server owner can change who sees it.
/// </summary>
internal static class ModeratorCheck
{
    public static bool IsModerator(ulong memberPermissions) =>
        (memberPermissions & (Permissions.ManageGuild | Permissions.Administrator)) != 0;
}
