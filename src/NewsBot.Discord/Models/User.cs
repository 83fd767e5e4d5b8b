namespace NewsBot.Discord.Models;

/// <summary>Settable so reading it takes the source generator's setter path (see <see cref="Interaction"/>).</summary>
public sealed record User
{
    public Snowflake Id { get; set; }
    public string Username { get; set; } = "";
    public string? Discriminator { get; set; }
    public string? GlobalName { get; set; }
    public string? Avatar { get; set; }
    public bool? Bot { get; set; }
}
