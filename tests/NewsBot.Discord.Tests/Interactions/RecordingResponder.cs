using System.Collections.Concurrent;
using System.Threading.Channels;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Interactions;

/// <summary>
/// A transport's responder that records what the dispatcher hands it, with the fake time of each call, and lets a test
/// wait for the next one. Initial responses after <see cref="FailResponsesAfter"/> of them fail as Discord's 10062 would.
/// </summary>
internal sealed class RecordingResponder(TimeProvider time) : IInteractionResponder
{
    private readonly Channel<Answer> _arrivals = System.Threading.Channels.Channel.CreateUnbounded<Answer>();

    public ConcurrentQueue<Answer> Answers { get; } = new();

    public int FailResponsesAfter { get; init; } = int.MaxValue;

    public Task<Answer> NextAsync() => _arrivals.Reader.ReadAsync().AsTask();

    public ValueTask<RestResult<NoContent>> RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken)
    {
        var earlier = Answers.Count(a => a.Response is not null);
        Record(new Answer(interaction, response, null, time.GetUtcNow()));
        return ValueTask.FromResult(earlier < FailResponsesAfter
            ? RestResult<NoContent>.Success(default)
            : RestResult<NoContent>.Failure(new DiscordError(DiscordErrorKind.Api, "Unknown interaction", System.Net.HttpStatusCode.NotFound, DiscordErrorCodes.UnknownInteraction)));
    }

    public ValueTask<RestResult<Message>> EditOriginalAsync(Interaction interaction, WebhookMessageEditRequest edit, CancellationToken cancellationToken)
    {
        Record(new Answer(interaction, null, edit, time.GetUtcNow()));
        return ValueTask.FromResult(RestResult<Message>.Success(new Message { Content = edit.Content ?? "" }));
    }

    public ValueTask<RestResult<Message>> CreateFollowupAsync(Interaction interaction, WebhookMessageCreateRequest message, CancellationToken cancellationToken)
    {
        Record(new Answer(interaction, null, null, time.GetUtcNow()) { Followup = message });
        return ValueTask.FromResult(RestResult<Message>.Success(new Message { Content = message.Content ?? "" }));
    }

    private void Record(Answer answer)
    {
        Answers.Enqueue(answer);
        _arrivals.Writer.TryWrite(answer);
    }

    /// <summary>An initial <see cref="Response"/>, an <see cref="Edit"/> of the original reply, or a <see cref="Followup"/>.</summary>
    internal sealed record Answer(Interaction Interaction, InteractionResponse? Response, WebhookMessageEditRequest? Edit, DateTimeOffset At)
    {
        public WebhookMessageCreateRequest? Followup { get; init; }
    }
}
