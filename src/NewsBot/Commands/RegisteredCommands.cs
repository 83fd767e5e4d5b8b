using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Commands;

/// <summary>
/// The registered slash commands in registration order, for /help, which is one of them: asking the container
/// on first use (not in the constructor) breaks the cycle a help command listing every command would make.
/// </summary>
internal sealed class RegisteredCommands(IServiceProvider services)
{
    private IReadOnlyList<ISlashCommand>? _all;

    public IReadOnlyList<ISlashCommand> All => _all ??= [.. services.GetServices<ISlashCommand>()];
}
