using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Commands.Companion;
using NewsBot.Commands;
using NewsBot.Commands.Config;
using NewsBot.Companion.Questions;
using NewsBot.Interactions;

namespace NewsBot.Companion;

public static class CompanionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the live companion (section <see cref="CompanionOptions.Section"/>): its settings and thread stores on the
    /// database of <c>AddStorage</c>, the processor and its hosted service, audience questions (/ask, /queue, the queue's and the thread's buttons, the
    /// vote-count editor), the /config subcommands and /config show lines.
    /// The Discord side brings the <see cref="ILiveThreadStarter"/>, the <see cref="IMessageEditor"/>, the
    /// <see cref="IFilePublisher"/> and the <see cref="IOwnMessageFinder"/>.
    /// </summary>
    public static IServiceCollection AddCompanion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CompanionOptions>().Bind(configuration.GetSection(CompanionOptions.Section)).ValidateOnStart();
        services.TryAddSingleton<IValidateOptions<CompanionOptions>, CompanionOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICompanionSettingsStore, SqlCompanionSettingsStore>();
        services.TryAddSingleton<ILiveThreadStore, SqlLiveThreadStore>();
        services.TryAddSingleton<LiveStepSignal>();
        services.TryAddSingleton<OncePoster>();
        services.TryAddSingleton<CompanionProcessor>();
        services.AddHostedService<CompanionService>();
        services.TryAddSingleton<IQuestionStore, SqlQuestionStore>();
        services.TryAddSingleton<QuestionWindow>();
        services.TryAddSingleton<QuestionPoster>();
        services.TryAddSingleton<RecapRenderer>();
        services.TryAddSingleton<VoteCountEditor>();
        services.TryAddSingleton<QuestionReconciler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILiveThreadFollowUp, QuestionThreadFollowUp>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILiveThreadFollowUp, RecapFollowUp>());
        services.AddSlashCommand<AskCommand>();
        services.AddSlashCommand<QuestionQueueCommand>();
        services.AddSlashCommand<CatchUpCommand>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IComponentHandler, QuestionModerationButtons>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IComponentHandler, QuestionVoteButton>());
        services.TryAddSingleton<CompanionPermissionChecks>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigSubcommand, ConfigThreadSubcommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigSubcommand, ConfigModeratorsSubcommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigShowSection, CompanionShowSection>());
        return services;
    }
}
