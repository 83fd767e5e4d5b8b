using BenchmarkDotNet.Attributes;
using NewsBot.Discord.Models;

namespace NewsBot.Benchmarks;

/// <summary>Effective permissions of a member with several roles in a channel with overwrites.</summary>
[MemoryDiagnoser]
public class DiscordPermissionBenchmarks
{
    private static readonly Snowflake Guild = 100;
    private static readonly Dictionary<Snowflake, Role> Roles = Enumerable.Range(0, 30)
        .Select(i => new Role { Id = i == 0 ? Guild : new Snowflake((ulong)(200 + i)), Permissions = i == 0 ? Permissions.ViewChannel : Permissions.SendMessages })
        .ToDictionary(r => r.Id);
    private readonly Snowflake[] _memberRoles = [201, 205, 210, 220];
    private readonly PermissionOverwrite[] _overwrites =
    [
        new() { Id = Guild, Type = PermissionOverwriteType.Role, Deny = Permissions.SendMessages },
        new() { Id = 205, Type = PermissionOverwriteType.Role, Allow = Permissions.SendMessages | Permissions.EmbedLinks },
        new() { Id = 900, Type = PermissionOverwriteType.Member, Allow = Permissions.MentionEveryone },
    ];

    [Benchmark]
    public Permissions ComputeInChannel() => PermissionCalculator.ComputeInChannel(Guild, 1, 900, _memberRoles, Roles, _overwrites);
}
