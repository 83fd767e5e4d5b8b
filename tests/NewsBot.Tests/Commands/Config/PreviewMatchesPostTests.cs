using System.Text.Json;
using NewsBot.Announcements;
using NewsBot.Commands;
using NewsBot.Core.Documents;
using NewsBot.DiscordAdapters;
using NewsBot.Settings;

namespace NewsBot.Tests.Commands.Config;

/// <summary>/config preview shows what will be posted: the same embed, fitted the same way where both leave for Discord.</summary>
public sealed class PreviewMatchesPostTests
{
    private const ulong Moderator = Permissions.ManageGuild;

    private static readonly Discussion OverLong = TestData.Europa with
    {
        // Long enough to be cut everywhere, with emoji and mentions where the cuts fall.
        StreamTitle = string.Concat(Enumerable.Repeat("Europa 🇪🇺 @everyone ", 40)) + new string('x', 240) + "😀😀😀",
        Show = string.Concat(Enumerable.Repeat("Sendung👍🏽 ", 400)),
        Panel = [.. Enumerable.Range(0, 60).Select(i => new Expert($"Expertin {i} 👩‍🔬 <@&1>", string.Concat(Enumerable.Repeat("Rolle ", 30)), "Uni"))],
    };

    [Fact]
    public async Task The_preview_of_an_over_long_document_shows_the_same_embed_that_is_posted()
    {
        var composer = new AnnouncementComposer();
        var harness = new CommandHarness { ComposerInstead = composer };
        harness.Catalog.Discussions.Remove(TestData.Europa);
        harness.Catalog.Discussions.Add(OverLong);
        var settings = GuildSettings.Default(CommandHarness.GuildId) with { AnnouncementChannelId = 555, PingRoleId = 400 };
        harness.Store.Put(settings);

        var preview = BotMessageMapper.ToInteractionMessage(
            await harness.RunAsync("config", "preview", new() { ["discussion"] = OverLong.Id }, permissions: Moderator));
        var post = BotMessageMapper.ToCreateRequest(
            composer.Compose(OverLong, TestData.EuropaStream, settings.ReminderOffsets.Max(), settings, preview: false), "nonce");

        var previewEmbed = Assert.Single(preview.Embeds!);
        var postEmbed = Assert.Single(post.Embeds!);
        Assert.EndsWith("…", postEmbed.Title, StringComparison.Ordinal);
        Assert.Equal(JsonSerializer.Serialize(postEmbed), JsonSerializer.Serialize(previewEmbed));
        Assert.Equal(
            postEmbed.Fields!.Select(f => (f.Name.Length, f.Value.Length)),
            previewEmbed.Fields!.Select(f => (f.Name.Length, f.Value.Length)));
        Assert.Empty(NewsBot.Discord.Validation.DiscordRequestValidator.Validate(post));
        Assert.Empty(NewsBot.Discord.Validation.DiscordRequestValidator.Validate(preview));
    }
}
