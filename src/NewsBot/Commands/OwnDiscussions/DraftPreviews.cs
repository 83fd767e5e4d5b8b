using System.Globalization;
using Microsoft.Extensions.Options;
using NewsBot.Commands.Discussions;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.GuildDiscussions;
using NewsBot.Messages;
using NewsBot.Texts;

namespace NewsBot.Commands.OwnDiscussions;

/// <summary>
/// Reads a handed-in document as it will be read once saved, stores it as a preview (so its buttons survive a restart,
/// until it expires) and answers the moderator, only them, with what was understood and the buttons Save, Cancel and —
/// when a broadcast time still to come was read and per-server scheduling exists — Save and schedule for that time.
/// </summary>
internal sealed class DraftPreviews(
    IGuildDiscussionStore store, AnnouncedTimes announcedTimes, IGuildStreamScheduler scheduler,
    IOptions<GuildDiscussionsOptions> options, TimeProvider time)
{
    public async Task<BotMessage> PreviewAsync(Intake intake, ulong guildId, ulong userId, BotLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intake);
        if (intake is Intake.Refused refused)
            return BotMessage.Text(refused.Message(language), ephemeral: true);
        var accepted = (Intake.Accepted)intake;
        var now = time.GetUtcNow();
        var document = new GuildDocument(guildId, accepted.BaseId, accepted.Format, accepted.Origin, accepted.Source, accepted.Content, userId, now);
        var read = await GuildDocumentReader.ReadAsync(document, cancellationToken);
        if (read is ParseResult.Rejected rejected)
            return BotMessage.Text(DiscussionsTexts.Unreadable(language, DiscordText.Safe(rejected.Reason)), ephemeral: true);
        var discussion = ((ParseResult.Parsed)read).Discussion;

        var lifetime = options.Value.PreviewLifetime;
        var key = await store.HoldPreviewAsync(document, now + lifetime, cancellationToken);
        var hint = DiscussionsTexts.PreviewHint(language, (int)lifetime.TotalMinutes);
        var embed = PreviewMessage.Embed(discussion, document, hint, announcedTimes.SlotOf(discussion), language);
        var buttons = new List<BotButton> { new(DiscussionsTexts.Save(language), DraftButtons.CustomIdFor(DraftButtons.Save, key), BotButtonStyle.Success) };
        if (scheduler.IsAvailable && announcedTimes.UpcomingStreamOf(discussion) is { } stream)
            buttons.Add(new BotButton(DiscordText.Truncate(DiscussionsTexts.SaveAndSchedule(language, When(stream, language)), 80),
                DraftButtons.CustomIdFor(DraftButtons.SaveAndSchedule, key), BotButtonStyle.Primary));
        buttons.Add(new BotButton(DiscussionsTexts.Cancel(language), DraftButtons.CustomIdFor(DraftButtons.Cancel, key), BotButtonStyle.Danger));
        return BotMessage.WithEmbed(embed, ephemeral: true) with { ButtonRows = [buttons] };
    }

    /// <summary>A stream's start as plain text (a button label cannot hold Discord's timestamp markup), in its own zone.</summary>
    public static string When(StreamEntry stream, BotLanguage language)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(stream.TimeZoneId);
        var local = TimeZoneInfo.ConvertTime(stream.StartsAt, zone);
        var format = language == BotLanguage.German ? "dd.MM.yyyy HH:mm" : "yyyy-MM-dd HH:mm";
        return $"{local.ToString(format, CultureInfo.InvariantCulture)} ({stream.TimeZoneId})";
    }
}
