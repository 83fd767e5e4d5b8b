using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Diagnostics;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Each shard's session state as its <see cref="GatewaySession"/> reports it, for <see cref="IGatewayStatus"/>, and the
/// gateway's instruments: reconnects (every new connection after a lost one, with whether it resumes), successful
/// resumes, and the shards ready now.
/// </summary>
internal sealed class GatewayShardStates : IGatewayStatus
{
    private readonly ConcurrentDictionary<int, bool> _ready = new();
    private readonly bool _enabled;
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _resumes;

    public GatewayShardStates(IOptions<DiscordClientOptions> options, IMeterFactory? meterFactory = null)
    {
        _enabled = options.Value.ConnectGateway;
        var meter = DiscordMeter.Create(meterFactory);
        _reconnects = meter.CreateCounter<long>("newsbot.gateway.reconnects", "{reconnect}",
            "Gateway connections lost and made again, by shard and whether the session is resumed");
        _resumes = meter.CreateCounter<long>("newsbot.gateway.resumes", "{resume}", "Gateway sessions resumed (RESUMED received), by shard");
        meter.CreateObservableGauge("newsbot.gateway.shards.ready", () => ReadyShardCount, "{shard}", "Shards of this process with an established session");
    }

    public bool Enabled => _enabled;

    public int ShardCount => _ready.Count;

    public int ReadyShardCount => _ready.Values.Count(ready => ready);

    /// <summary>The shards this process is about to run, none ready yet.</summary>
    public void Expect(IEnumerable<int> shardIds)
    {
        foreach (var shard in shardIds)
            _ready[shard] = false;
    }

    /// <summary>READY or RESUMED arrived on <paramref name="shardId"/>.</summary>
    public void Established(int shardId, bool resumed)
    {
        _ready[shardId] = true;
        if (resumed)
            _resumes.Add(1, new KeyValuePair<string, object?>("shard", shardId));
    }

    /// <summary>The shard's connection ended and it connects again (resuming its session or not).</summary>
    public void Reconnecting(int shardId, bool resume)
    {
        _ready[shardId] = false;
        _reconnects.Add(1, new KeyValuePair<string, object?>("shard", shardId), new KeyValuePair<string, object?>("resume", resume));
    }

    /// <summary>The shard stopped (shutdown or a fatal close): not ready.</summary>
    public void Stopped(int shardId) => _ready[shardId] = false;
}
