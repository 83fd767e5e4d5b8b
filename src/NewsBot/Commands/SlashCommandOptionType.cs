namespace NewsBot.Commands;

/// <summary>An option's kind; the numbers are Discord's application command option types.</summary>
public enum SlashCommandOptionType
{
    Subcommand = 1,
    SubcommandGroup = 2,
#pragma warning disable CA1720 // the names mirror Discord's STRING and INTEGER option types
    String = 3,
    Integer = 4,
#pragma warning restore CA1720
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Attachment = 11,
}
