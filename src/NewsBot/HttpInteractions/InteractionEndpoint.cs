using System.Buffers;
using Microsoft.AspNetCore.Http;
using NewsBot.Discord.Interactions.Http;

namespace NewsBot.HttpInteractions;

/// <summary>One interactions POST: the body read up to its limit, handed to the receiver, its answer written back.</summary>
internal static class InteractionEndpoint
{
    public static async Task HandleAsync(HttpContext context, HttpInteractionReceiver receiver)
    {
        var request = context.Request;
        if (request.ContentLength > HttpInteractionReceiver.MaxBodyBytes)
        {
            await WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, "request body too large");
            return;
        }
        byte[] body;
        try
        {
            body = await ReadBodyAsync(request.Body, context.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            await WriteProblemAsync(context, ex.StatusCode, "request body too large or malformed");
            return;
        }
        var reply = await receiver.ReceiveAsync(body, request.Headers["X-Signature-Ed25519"], request.Headers["X-Signature-Timestamp"], context.RequestAborted);
        if (reply.StatusCode != StatusCodes.Status200OK)
        {
            await WriteProblemAsync(context, reply.StatusCode, reply.Problem ?? "");
            return;
        }
        var written = false;
        try
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = reply.Json.Length;
            await context.Response.Body.WriteAsync(reply.Json, context.RequestAborted);
            await context.Response.CompleteAsync();
            written = true;
        }
        finally
        {
            // Edits and follow-ups of a deferred answer wait for this: before it Discord has no acknowledgement.
            reply.Sent(written);
        }
    }

    /// <summary>The whole body, at most <see cref="HttpInteractionReceiver.MaxBodyBytes"/> (Kestrel refuses more).</summary>
    private static async Task<byte[]> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var read = await body.ReadAsync(buffer.GetMemory(4096), cancellationToken);
            if (read == 0)
                return buffer.WrittenSpan.ToArray();
            buffer.Advance(read);
        }
    }

    private static Task WriteProblemAsync(HttpContext context, int status, string problem)
    {
        context.Response.StatusCode = status;
        // The unread rest of an oversized body makes the connection unusable: say so, so the client does not reuse it.
        if (status == StatusCodes.Status413PayloadTooLarge)
            context.Response.Headers.Connection = "close";
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(problem, context.RequestAborted);
    }
}
