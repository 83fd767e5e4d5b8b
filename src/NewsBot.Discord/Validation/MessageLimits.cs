namespace NewsBot.Discord.Validation;

/// <summary>Discord's documented size limits, checked before a request leaves.</summary>
public static class MessageLimits
{
    public const int Content = 2000;
    public const int Embeds = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int EmbedFieldName = 256;
    public const int EmbedFieldValue = 1024;
    public const int EmbedFooter = 2048;
    public const int EmbedAuthor = 256;
    public const int EmbedTotal = 6000;
    public const int ButtonLabel = 80;
    public const int CustomId = 100;
    public const int ButtonsPerRow = 5;
    public const int ActionRows = 5;
    public const int ButtonUrl = 512;
    public const int ModalTitle = 45;
    public const int ModalRows = 5;
    public const int TextInputLabel = 45;
    public const int TextInputLength = 4000;
    public const int TextInputPlaceholder = 100;
    public const int Nonce = 25;
    public const int CommandName = 32;
    public const int CommandDescription = 100;
    public const int CommandOptions = 25;
    public const int CommandChoices = 25;
    public const int Commands = 100;
    public const int ScheduledEventName = 100;
    public const int ScheduledEventLocation = 100;
    public const int ScheduledEventDescription = 1000;
    public const int ThreadName = 100;
    /// <summary>Files per message, and their bytes together (Discord's upload limit without boosts: 10 MiB).</summary>
    public const int Files = 10;
    public const long UploadBytes = 10 * 1024 * 1024;
    public const int AttachmentDescription = 1024;
    public const int ThreadSlowmode = 21600;
}
