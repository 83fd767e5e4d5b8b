using System.Text.Json.Serialization;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Models;

/// <summary>Permission bits (a decimal string on the wire). Only the bits NewsBot uses are named.</summary>
[Flags]
[JsonConverter(typeof(PermissionsJsonConverter))]
#pragma warning disable CA1711 // the Discord name
public enum Permissions : ulong
#pragma warning restore CA1711
{
    None = 0,
    CreateInstantInvite = 1UL << 0,
    KickMembers = 1UL << 1,
    BanMembers = 1UL << 2,
    Administrator = 1UL << 3,
    ManageChannels = 1UL << 4,
    ManageGuild = 1UL << 5,
    AddReactions = 1UL << 6,
    ViewChannel = 1UL << 10,
    SendMessages = 1UL << 11,
    ManageMessages = 1UL << 13,
    EmbedLinks = 1UL << 14,
    AttachFiles = 1UL << 15,
    ReadMessageHistory = 1UL << 16,
    MentionEveryone = 1UL << 17,
    ManageRoles = 1UL << 28,
    UseApplicationCommands = 1UL << 31,
    ManageEvents = 1UL << 33,
    ManageThreads = 1UL << 34,
    CreatePublicThreads = 1UL << 35,
    CreatePrivateThreads = 1UL << 36,
    SendMessagesInThreads = 1UL << 38,
    CreateEvents = 1UL << 44,
    All = ulong.MaxValue,
}
