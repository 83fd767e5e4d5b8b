using NewsBot.Texts;

namespace NewsBot.Commands;

/// <summary>What /help says about a command, in both languages, kept in the command's own file next to its definition.</summary>
internal sealed record HelpLine(string English, string German)
{
    public string In(BotLanguage language) => language == BotLanguage.German ? German : English;
}
