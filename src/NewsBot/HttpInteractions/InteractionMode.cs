namespace NewsBot.HttpInteractions;

/// <summary>How interactions reach the bot (<c>Interactions:Mode</c>).</summary>
public enum InteractionMode
{
    /// <summary>Over the gateway (INTERACTION_CREATE), answered over REST.</summary>
    Gateway,

    /// <summary>Discord POSTs them to the bot's endpoint, answered in the HTTP response; no gateway connection at all.</summary>
    Http,

    /// <summary>Both: the endpoint serves, and the gateway stays connected (e.g. while switching a bot over).</summary>
    Both,
}
