using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Json;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Commands;

public enum CommandSyncOutcome
{
    Unchanged,
    Overwritten,
}

/// <summary>
/// Brings registered commands in line with the desired set by bulk overwrite, skipping the PUT when the registered
/// set already equals the desired one (Discord limits command creates per day).
/// </summary>
public sealed partial class CommandRegistrar(IDiscordRestClient rest, ILogger<CommandRegistrar> logger)
{
    public Task<RestResult<CommandSyncOutcome>> SyncGlobalAsync(Snowflake applicationId, IReadOnlyList<ApplicationCommandRequest> commands, CancellationToken cancellationToken) =>
        SyncAsync(applicationId, null, commands, cancellationToken);

    public Task<RestResult<CommandSyncOutcome>> SyncGuildAsync(Snowflake applicationId, Snowflake guildId, IReadOnlyList<ApplicationCommandRequest> commands, CancellationToken cancellationToken) =>
        SyncAsync(applicationId, guildId, commands, cancellationToken);

    private async Task<RestResult<CommandSyncOutcome>> SyncAsync(
        Snowflake applicationId, Snowflake? guildId, IReadOnlyList<ApplicationCommandRequest> commands, CancellationToken cancellationToken)
    {
        var existing = guildId is { } g
            ? await rest.GetGuildCommandsAsync(applicationId, g, cancellationToken)
            : await rest.GetGlobalCommandsAsync(applicationId, cancellationToken);
        if (existing.IsSuccess && AreEquivalent(commands, existing.Value!))
        {
            LogUnchanged(logger, commands.Count, new RegistrationScope(guildId));
            return RestResult<CommandSyncOutcome>.Success(CommandSyncOutcome.Unchanged);
        }
        var written = guildId is { } guild
            ? await rest.BulkOverwriteGuildCommandsAsync(applicationId, guild, commands, cancellationToken)
            : await rest.BulkOverwriteGlobalCommandsAsync(applicationId, commands, cancellationToken);
        if (written.IsSuccess)
            LogOverwritten(logger, commands.Count, new RegistrationScope(guildId));
        return written.Map(_ => CommandSyncOutcome.Overwritten);
    }

    /// <summary>Compares after normalizing: nulls, false flags, empty lists and server-only fields don't count.</summary>
    internal static bool AreEquivalent(IReadOnlyList<ApplicationCommandRequest> desired, IReadOnlyList<ApplicationCommand> registered)
    {
        if (desired.Count != registered.Count)
            return false;
        var registeredByName = registered.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var wanted in desired)
        {
            if (!registeredByName.TryGetValue(wanted.Name, out var have))
                return false;
            var asRequest = new ApplicationCommandRequest
            {
                Name = have.Name,
                NameLocalizations = have.NameLocalizations,
                Description = have.Description,
                DescriptionLocalizations = have.DescriptionLocalizations,
                Options = have.Options,
                DefaultMemberPermissions = have.DefaultMemberPermissions,
                // Discord fills in defaults for these when we leave them out.
                Contexts = wanted.Contexts is null ? null : have.Contexts,
                IntegrationTypes = wanted.IntegrationTypes is null ? null : have.IntegrationTypes,
                Type = have.Type ?? ApplicationCommandType.ChatInput,
            };
            if (!JsonNode.DeepEquals(Normalize(wanted), Normalize(asRequest)))
                return false;
        }
        return true;
    }

    private static JsonNode? Normalize(ApplicationCommandRequest command) =>
        Prune(JsonSerializer.SerializeToNode(command, DiscordJsonContext.Default.ApplicationCommandRequest));

    private static JsonNode? Prune(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    var pruned = Prune(value);
                    if (pruned is null)
                        obj.Remove(key);
                    else if (!ReferenceEquals(pruned, value))
                        obj[key] = pruned;
                }
                return obj.Count == 0 ? null : obj;
            case JsonArray array:
                return array.Count == 0 ? null : array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.False:
                return null;
            default:
                return node;
        }
    }

    /// <summary>"globally" or "in guild …", formatted only when the line is logged.</summary>
    private readonly record struct RegistrationScope(Snowflake? GuildId)
    {
        public override string ToString() => GuildId is { } id ? $"in guild {id}" : "globally";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} command(s) already registered {Scope} as wanted; skipped the overwrite")]
    private static partial void LogUnchanged(ILogger logger, int count, RegistrationScope scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} command(s) {Scope}")]
    private static partial void LogOverwritten(ILogger logger, int count, RegistrationScope scope);
}
