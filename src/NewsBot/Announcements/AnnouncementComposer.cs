using System.Globalization;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Messages;
using NewsBot.Settings;

namespace NewsBot.Announcements;

/// <summary>
/// "Starts in …" reminders and "live now" posts. Times use Discord timestamp markup so every reader sees their own
/// zone; document text is escaped so it never pings; only the guild's ping role is mentioned (never in a preview).
/// Lengths are fitted where the message leaves (<see cref="MessageFit"/>), so a preview and its post fit alike.
/// </summary>
internal sealed class AnnouncementComposer : IAnnouncementComposer
{
    private const int TitleInContent = 300;

    public BotMessage Compose(Discussion discussion, StreamEntry stream, TimeSpan offset, GuildSettings settings, bool preview)
    {
        var texts = AnnouncementTexts.For(settings.Language);
        var title = DiscordText.NeutralizeMentions(discussion.StreamTitle);
        var start = stream.StartsAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var live = offset <= TimeSpan.Zero;

        var line = live
            ? Format(texts.LiveContent, DiscordText.Truncate(title, TitleInContent))
            : Format(texts.ReminderContent, DiscordText.Truncate(title, TitleInContent), $"<t:{start}:t>", $"<t:{start}:R>");
        var ping = !preview && settings.PingRoleId is { } role ? $"<@&{role.ToString(CultureInfo.InvariantCulture)}> " : "";
        var content = preview ? $"{line}\n-# {texts.PreviewNote}" : ping + line;

        var description = new List<string>
        {
            live ? Format(texts.LiveSinceLine, $"<t:{start}:t>", $"<t:{start}:R>") : Format(texts.StartsLine, $"<t:{start}:F>", $"<t:{start}:R>"),
        };
        if (stream.EndsAt is { } endsAt)
            description.Add(Format(texts.EndsLine, $"<t:{endsAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:t>"));
        if (stream.Link is { } link)
            description.Add(Format(texts.WatchLine, link.AbsoluteUri));

        var fields = new List<BotEmbedField>();
        if (discussion.Panel.Count > 0)
            fields.Add(new BotEmbedField(texts.PanelField, PanelLines(discussion.Panel)));

        var embed = new BotEmbed(
            title,
            string.Join("\n", description),
            fields,
            Url: stream.Link?.AbsoluteUri,
            Footer: discussion.Show is { } show ? DiscordText.NeutralizeMentions(show) : null,
            Timestamp: stream.StartsAt);
        return new BotMessage(
            content,
            [embed],
            Ephemeral: preview,
            PingRoleId: preview ? null : settings.PingRoleId);
    }

    private static string PanelLines(IReadOnlyList<Expert> panel) =>
        string.Join("\n", panel.Select(expert =>
        {
            var details = string.Join(", ", new[] { expert.Role, expert.Affiliation }.Where(s => !string.IsNullOrWhiteSpace(s)));
            var line = details.Length == 0 ? $"**{expert.Name}**" : $"**{expert.Name}** – {details}";
            return DiscordText.NeutralizeMentions(line);
        }));

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
