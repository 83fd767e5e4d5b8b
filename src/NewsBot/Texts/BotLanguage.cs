namespace NewsBot.Texts;

/// <summary>The language of the bot's own texts (replies, announcements); document text keeps its language.</summary>
public enum BotLanguage
{
    English,
    German,
}
