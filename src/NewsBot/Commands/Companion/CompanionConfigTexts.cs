using NewsBot.Texts;

namespace NewsBot.Commands.Companion;

/// <summary>What /config says about the companion, in the moderator's language.</summary>
internal sealed record CompanionConfigTexts(
    string ThreadLabel,
    string ModeratorChannelLabel,
    string NoModeratorChannel,
    string ThreadOn,
    string ThreadOff,
    string ModeratorChannelSaved,
    string MissingThreadPermissions,
    string MissingModeratorPermissions,
    string ModeratorChannelNotVisible)
{
    public static readonly CompanionConfigTexts German = new(
        ThreadLabel: "Live-Thread",
        ModeratorChannelLabel: "Fragen-Warteschlange",
        NoModeratorChannel: "kein Kanal (Publikumsfragen aus)",
        ThreadOn: "Der Live-Thread ist an: beim Start jedes Streams öffnet der Bot einen Thread an der „Jetzt live“-Ankündigung.",
        ThreadOff: "Der Live-Thread ist aus.",
        ModeratorChannelSaved: "Publikumsfragen kommen jetzt zur Freigabe nach {0}.",
        MissingThreadPermissions: "Für den Live-Thread fehlen dem Bot im Ankündigungskanal: {0}",
        MissingModeratorPermissions: "In der Fragen-Warteschlange fehlen dem Bot: {0}",
        ModeratorChannelNotVisible: "Der Bot sieht den Kanal der Fragen-Warteschlange nicht.");

    public static readonly CompanionConfigTexts English = new(
        ThreadLabel: "Live thread",
        ModeratorChannelLabel: "Question queue",
        NoModeratorChannel: "no channel (audience questions off)",
        ThreadOn: "The live thread is on: when a stream starts, the bot opens a thread on its \"live now\" announcement.",
        ThreadOff: "The live thread is off.",
        ModeratorChannelSaved: "Audience questions now go to {0} for approval.",
        MissingThreadPermissions: "For the live thread the bot lacks in the announcement channel: {0}",
        MissingModeratorPermissions: "In the question queue channel the bot lacks: {0}",
        ModeratorChannelNotVisible: "The bot cannot see the question queue channel.");

    public static CompanionConfigTexts For(BotLanguage language) => language == BotLanguage.English ? English : German;
}
