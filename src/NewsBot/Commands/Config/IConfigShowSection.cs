using NewsBot.Messages;

namespace NewsBot.Commands.Config;

/// <summary>A feature's own lines in /config show: its settings as fields, and its problems (e.g. missing permissions).</summary>
internal interface IConfigShowSection
{
    Task<(IReadOnlyList<BotEmbedField> Fields, IReadOnlyList<string> Problems)> DescribeAsync(ConfigRequest request, CancellationToken cancellationToken);
}
