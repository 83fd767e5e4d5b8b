namespace NewsBot.Discord.Gateway;

/// <summary>A received message, or a close: <see cref="CloseCode"/> is null when the connection simply dropped.</summary>
public readonly record struct GatewayFrame(ReadOnlyMemory<byte> Message, bool IsClose, int? CloseCode, string? CloseReason)
{
    public static GatewayFrame FromMessage(ReadOnlyMemory<byte> utf8Json) => new(utf8Json, false, null, null);

    public static GatewayFrame Closed(int? closeCode, string? reason) => new(ReadOnlyMemory<byte>.Empty, true, closeCode, reason);
}
