namespace NewsBot.Discord.Gateway;

/// <summary>Discord's gateway close codes and what each means for the session.</summary>
public static class GatewayCloseCodes
{
    public const int UnknownError = 4000;
    public const int AuthenticationFailed = 4004;
    public const int InvalidSeq = 4007;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    /// <summary>What we close with when we intend to resume (anything but 1000/1001).</summary>
    internal const int ClientResumable = 4000;

    internal const int ClientNormal = 1000;

    public static bool IsFatal(int? code) => code is AuthenticationFailed or InvalidShard or ShardingRequired
        or InvalidApiVersion or InvalidIntents or DisallowedIntents;

    public static bool RequiresNewSession(int? code) => code is InvalidSeq or SessionTimedOut;

    public static string Describe(int? code) => code switch
    {
        null => "connection lost",
        4000 => "unknown error",
        4001 => "unknown opcode",
        4002 => "decode error",
        4003 => "not authenticated",
        AuthenticationFailed => "authentication failed: the bot token is invalid",
        4005 => "already authenticated",
        InvalidSeq => "invalid sequence on resume",
        4008 => "rate limited",
        SessionTimedOut => "session timed out",
        InvalidShard => "invalid shard",
        ShardingRequired => "sharding required: the bot is in too many guilds for this shard count",
        InvalidApiVersion => "invalid API version",
        InvalidIntents => "invalid intents",
        DisallowedIntents => "disallowed intents: enable the privileged intent in the developer portal or remove it",
        _ => $"close code {code}",
    };
}
