using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Commands.Config;
using NewsBot.Commands.Discussions;
using NewsBot.Commands.Help;
using NewsBot.Commands.OwnDiscussions;
using NewsBot.Commands.Panel;
using NewsBot.Commands.Questions;
using NewsBot.Commands.Schedule;
using NewsBot.Commands.Stream;
using NewsBot.Commands.Streams;
using NewsBot.Commands.Summary;
using NewsBot.GuildDiscussions;
using NewsBot.Interactions;

namespace NewsBot.Commands;

internal static class SlashCommandServiceCollectionExtensions
{
    /// <summary>
    /// The slash commands and their router, and the buttons of their replies (for the component router). They use what other features register: the catalog and summarizer
    /// (<c>AddNewsBotDocuments</c>), the schedule (<c>AddStreamSchedule</c>), the guild settings (<c>AddGuildSettings</c>),
    /// the announcements' composer, re-planner and failures (<c>AddAnnouncements</c>), the servers' own discussions
    /// (<c>AddGuildDiscussions</c>: store, reload, web fetcher), the guild streams' scheduler
    /// (<c>AddGuildStreams</c>), and the Discord side's <see cref="IChannelPermissionProbe"/>
    /// and <see cref="IAttachmentDownloads"/>.
    /// </summary>
    public static IServiceCollection AddSlashCommands(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReplyTexts>();
        services.TryAddSingleton<CommandMetrics>();
        services.AddOptions();
        services.TryAddSingleton<DiscussionResolver>();
        services.TryAddSingleton<AnnouncedTimes>();
        services.TryAddSingleton<DiscussionAutocomplete>();
        services.TryAddSingleton<GuildSettingsChanger>();
        services.TryAddSingleton<BotPermissionChecks>();
        services.TryAddSingleton<StreamsAutocomplete>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigSubcommand, ConfigShowSubcommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigSubcommand, ConfigChannelSubcommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigSubcommand, ConfigRoleSubcommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigSubcommand, ConfigRemindersSubcommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigSubcommand, ConfigLanguageSubcommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigSubcommand, ConfigEventsSubcommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigSubcommand, ConfigTimeZoneSubcommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigSubcommand, ConfigPreviewSubcommand>());

        // The commands, one line each; this order is the order of /help.
        services.AddSlashCommand<SummaryCommand>();
        services.AddSlashCommand<PanelCommand>();
        services.AddSlashCommand<StreamCommand>();
        services.AddSlashCommand<QuestionsCommand>();
        services.AddSlashCommand<ScheduleCommand>();
        services.AddSlashCommand<HelpCommand>();
        services.AddSlashCommand<ConfigCommand>();
        services.AddSlashCommand<DiscussionsCommand>();
        services.AddSlashCommand<StreamsCommand>();

        services.TryAddSingleton<RegisteredCommands>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IComponentHandler, GuidingQuestionsButton>());
        services.TryAddSingleton<DocumentIntake>();
        services.TryAddSingleton<DraftPreviews>();
        services.TryAddSingleton<OwnDiscussionSubcommands>();
        services.TryAddSingleton<FeedSubcommands>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigShowSection, FeedsShowSection>());
        services.TryAddSingleton<IGuildStreamScheduler, NoGuildStreamScheduler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IComponentHandler, DraftButtons>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModalSubmitHandler, PastedTextModal>());

        services.TryAddSingleton<CommandRouter>();
        return services;
    }

    /// <summary>Adds one slash command; its definition, /help line and replies all come from the command itself.</summary>
    public static IServiceCollection AddSlashCommand<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TCommand>(
        this IServiceCollection services)
        where TCommand : class, ISlashCommand
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISlashCommand, TCommand>());
        return services;
    }
}
