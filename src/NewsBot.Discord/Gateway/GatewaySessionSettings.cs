namespace NewsBot.Discord.Gateway;

internal sealed record GatewaySessionSettings(string Token, int Intents, int ShardId, int ShardCount, Uri GatewayUrl, TimeSpan MaxReconnectDelay);
