namespace NewsBot.Sandbox.World;

/// <summary>Discord permission bits the sandbox evaluates.</summary>
public static class SandboxPermissions
{
    public const ulong CreateInstantInvite = 1UL << 0;
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageChannels = 1UL << 4;
    public const ulong ManageGuild = 1UL << 5;
    public const ulong AddReactions = 1UL << 6;
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong AttachFiles = 1UL << 15;
    public const ulong ReadMessageHistory = 1UL << 16;
    public const ulong MentionEveryone = 1UL << 17;
    public const ulong UseExternalEmojis = 1UL << 18;
    public const ulong ChangeNickname = 1UL << 26;
    public const ulong ManageRoles = 1UL << 28;
    public const ulong UseApplicationCommands = 1UL << 31;
    public const ulong ManageEvents = 1UL << 33;
    public const ulong ManageThreads = 1UL << 34;
    public const ulong CreatePublicThreads = 1UL << 35;
    public const ulong CreatePrivateThreads = 1UL << 36;
    public const ulong SendMessagesInThreads = 1UL << 38;
    public const ulong CreateEvents = 1UL << 44;
    public const ulong All = (1UL << 51) - 1;

    public const ulong EveryoneDefault = CreateInstantInvite | AddReactions | ViewChannel | SendMessages
        | EmbedLinks | AttachFiles | ReadMessageHistory | UseExternalEmojis | ChangeNickname | UseApplicationCommands
        | CreatePublicThreads | SendMessagesInThreads;
}
