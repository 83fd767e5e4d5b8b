using NewsBot.Interactions;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.OwnDiscussions;

/// <summary>
/// The form behind <c>/discussions add text</c>: one paragraph input of up to 4,000 characters (Discord's limit). Its
/// submit is read like a file and answered with the same preview; Manage Server is checked again on submit.
/// </summary>
internal sealed class PastedTextModal(DraftPreviews previews) : IModalSubmitHandler
{
    public const string CustomIdPrefix = "drafttext";
    public const string InputId = "text";
    public const int MaxLength = 4000;

    public string Prefix => CustomIdPrefix;

    public static BotModal For(BotLanguage language) => new(
        CustomId.Compose(CustomIdPrefix, "new"),
        DiscussionsTexts.ModalTitle(language),
        [new BotTextInput(InputId, DiscussionsTexts.ModalLabel(language), Paragraph: true, Required: true, MinLength: 1, MaxLength: MaxLength,
            Placeholder: DiscussionsTexts.ModalPlaceholder(language))]);

    public async ValueTask<ComponentReply> HandleAsync(ModalSubmitContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = BotTexts.ForLocale(context.UserLocale ?? context.GuildLocale);
        if (context.GuildId is not { } guildId)
            return new ComponentReply.NewMessage(BotMessage.Text(texts.GuildOnly, ephemeral: true));
        if (!ModeratorCheck.IsModerator(context.MemberPermissions))
            return new ComponentReply.NewMessage(BotMessage.Text(texts.NotAllowed, ephemeral: true));
        var intake = DocumentIntake.FromText(context.Values.GetValueOrDefault(InputId));
        return new ComponentReply.NewMessage(await previews.PreviewAsync(intake, guildId, context.UserId, texts.Language, cancellationToken));
    }
}
