using System.Text.Json;
using System.Text.Json.Serialization;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Gateway.Events;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Json;

/// <summary>The one source-generated serializer context: snake_case names, nulls omitted, unknown fields ignored.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DictionaryKeyPolicy = JsonKnownNamingPolicy.Unspecified,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(Guild))]
[JsonSerializable(typeof(GuildMember))]
[JsonSerializable(typeof(UnavailableGuild))]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(IReadOnlyList<Channel>))]
[JsonSerializable(typeof(IReadOnlyList<Message>))]
[JsonSerializable(typeof(Role))]
[JsonSerializable(typeof(IReadOnlyList<Role>))]
[JsonSerializable(typeof(GuildDeleteEvent))]
[JsonSerializable(typeof(GuildRoleCreateEvent))]
[JsonSerializable(typeof(GuildRoleUpdateEvent))]
[JsonSerializable(typeof(GuildRoleDeleteEvent))]
[JsonSerializable(typeof(GuildMemberUpdateEvent))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(ThreadFromMessageRequest))]
[JsonSerializable(typeof(MessageEditRequest))]
[JsonSerializable(typeof(Attachment))]
[JsonSerializable(typeof(MessageCreateRequest))]
[JsonSerializable(typeof(WebhookMessageCreateRequest))]
[JsonSerializable(typeof(WebhookMessageEditRequest))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(ApplicationCommand))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(ApplicationCommandRequest))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommandRequest>))]
[JsonSerializable(typeof(GuildScheduledEvent))]
[JsonSerializable(typeof(IReadOnlyList<GuildScheduledEvent>))]
[JsonSerializable(typeof(GuildScheduledEventCreateRequest))]
[JsonSerializable(typeof(GuildScheduledEventModifyRequest))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(Application))]
[JsonSerializable(typeof(ReadyEvent))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(GatewayCommand<IdentifyData>))]
[JsonSerializable(typeof(GatewayCommand<ResumeData>))]
[JsonSerializable(typeof(GatewayCommand<long?>))]
[JsonSerializable(typeof(HelloData))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
