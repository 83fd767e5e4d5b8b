namespace NewsBot.Discord.Models;

public sealed record Role
{
    public Snowflake Id { get; init; }
    public string Name { get; init; } = "";
    public Permissions Permissions { get; init; }
    public int Position { get; init; }
    public bool Managed { get; init; }
    public bool Mentionable { get; init; }
}
