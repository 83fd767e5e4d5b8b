using NewsBot.Announcements;
using NewsBot.Companion;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Discord;
using NewsBot.DiscordAdapters;
using NewsBot.GuildDiscussions;
using NewsBot.HttpInteractions;
using NewsBot.GuildFeeds;
using NewsBot.Operations;
using NewsBot.Storage;
using NewsBot.Web.Fetching;

namespace NewsBot.Hosting;

/// <summary>
/// Every settings class of the bot with its section (each class's <c>Section</c> constant), for the start-up error
/// messages and the tests of every setting. Listed here rather than found by reflection so the bot can be trimmed and
/// compiled ahead of time; a test checks that no settings class is missing.
/// </summary>
internal static class SettingsSections
{
    public static readonly IReadOnlyList<(Type Options, string Section)> All =
    [
        (typeof(DiscordClientOptions), DiscordClientOptions.Section),
        (typeof(BotOptions), BotOptions.Section),
        (typeof(DocumentsOptions), DocumentsOptions.Section),
        (typeof(ScheduleOptions), ScheduleOptions.Section),
        (typeof(StorageOptions), StorageOptions.Section),
        (typeof(AnnouncementOptions), AnnouncementOptions.Section),
        (typeof(OperationsOptions), OperationsOptions.Section),
        (typeof(GuildDiscussionsOptions), GuildDiscussionsOptions.Section),
        (typeof(WebFetchOptions), WebFetchOptions.Section),
        (typeof(InteractionsOptions), InteractionsOptions.Section),
        (typeof(CompanionOptions), CompanionOptions.Section),
        (typeof(GuildFeedsOptions), GuildFeedsOptions.Section),
    ];

    /// <summary>The section of <paramref name="options"/>; a class not listed is named without "Options".</summary>
    public static string Of(Type options)
    {
        foreach (var (type, section) in All)
        {
            if (type == options)
                return section;
        }
        return options.Name.Replace("Options", "", StringComparison.Ordinal);
    }
}
