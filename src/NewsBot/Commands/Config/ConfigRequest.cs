using NewsBot.Settings;
using NewsBot.Texts;

namespace NewsBot.Commands.Config;

/// <summary>A permitted /config invocation: the guild, the moderator's texts and the guild's current settings.</summary>
internal sealed record ConfigRequest(CommandContext Context, ulong GuildId, BotTexts Texts, GuildSettings Settings);
