using NewsBot.Announcements.Events;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.DiscordAdapters;

/// <summary>Mirrors a stream as an external Discord scheduled event (location = the link).</summary>
internal sealed class DiscordScheduledEventMirror(IDiscordRestClient rest) : IScheduledEventMirror
{
    public async Task<EventMirrorResult> CreateAsync(ulong guildId, ScheduledEventSpec spec, CancellationToken cancellationToken)
    {
        var request = new GuildScheduledEventCreateRequest
        {
            Name = spec.Name,
            PrivacyLevel = GuildScheduledEventPrivacyLevel.GuildOnly,
            ScheduledStartTime = spec.StartsAt,
            ScheduledEndTime = spec.EndsAt,
            Description = spec.Description,
            EntityType = GuildScheduledEventEntityType.External,
            EntityMetadata = new GuildScheduledEventEntityMetadata(spec.Location),
        };
        var result = await rest.CreateScheduledEventAsync(guildId, request, cancellationToken);
        return result.IsSuccess ? new EventMirrorResult.Done(result.Value!.Id.Value) : DiscordErrorMapper.ToEventFailure(result.Error);
    }

    public async Task<EventMirrorResult> UpdateAsync(ulong guildId, ulong eventId, ScheduledEventSpec spec, CancellationToken cancellationToken)
    {
        var request = new GuildScheduledEventModifyRequest
        {
            Name = spec.Name,
            ScheduledStartTime = spec.StartsAt,
            ScheduledEndTime = spec.EndsAt,
            Description = spec.Description,
            EntityMetadata = new GuildScheduledEventEntityMetadata(spec.Location),
        };
        var result = await rest.ModifyScheduledEventAsync(guildId, eventId, request, cancellationToken);
        return result.IsSuccess ? new EventMirrorResult.Done(eventId) : DiscordErrorMapper.ToEventFailure(result.Error);
    }

    public async Task<EventMirrorResult> CancelAsync(ulong guildId, ulong eventId, CancellationToken cancellationToken)
    {
        var request = new GuildScheduledEventModifyRequest { Status = GuildScheduledEventStatus.Canceled };
        var result = await rest.ModifyScheduledEventAsync(guildId, eventId, request, cancellationToken);
        if (result.IsSuccess)
            return new EventMirrorResult.Done(eventId);
        var failure = DiscordErrorMapper.ToEventFailure(result.Error);
        // Gone already (deleted by a moderator) counts as cancelled.
        return failure is EventMirrorResult.Failed { Kind: EventMirrorFailure.UnknownEvent } ? new EventMirrorResult.Done(eventId) : failure;
    }
}
