namespace NewsBot.Discord.Models;

public sealed record User
{
    public Snowflake Id { get; init; }
    public string Username { get; init; } = "";
    public string? Discriminator { get; init; }
    public string? GlobalName { get; init; }
    public string? Avatar { get; init; }
    public bool? Bot { get; init; }
}
