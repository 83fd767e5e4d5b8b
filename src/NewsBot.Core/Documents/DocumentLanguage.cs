namespace NewsBot.Core.Documents;

public enum DocumentLanguage
{
    German,
    English,
}
