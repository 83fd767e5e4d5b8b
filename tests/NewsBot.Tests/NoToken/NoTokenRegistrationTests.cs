using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Documents;
using NewsBot.Core.Schedule;
using NewsBot.Hosting;
using NewsBot.NoToken;
using NewsBot.NoToken.Demo;
using NewsBot.Storage;
using NewsBot.Tests.Commands;
using NewsBot.Tests.Commands.Fakes;

namespace NewsBot.Tests.NoToken;

public sealed class NoTokenRegistrationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("newsbot-notoken-").FullName;

    private HostApplicationBuilder Builder()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([
            new("Schedule:File", Path.Combine(_directory, "streams.json")),
            new("Storage:SqlitePath", Path.Combine(_directory, "configured.db")),
        ]);
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(TestData.Now));
        builder.Services.AddSingleton<IDiscussionCatalog>(new InMemoryDiscussionCatalog(TestData.Europa));
        return builder;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Before_or_after_the_features_the_no_token_run_has_the_demo_stream_and_a_throw_away_database(bool first)
    {
        var builder = Builder();
        if (first)
            builder.AddNoTokenExperience();
        builder.Services.AddNewsBotFeatures(builder.Configuration);
        if (!first)
            builder.AddNoTokenExperience();

        await using var provider = builder.Services.BuildServiceProvider();

        Assert.Single(builder.Services, d => d.ServiceType == typeof(IStreamSchedule));
        var schedule = Assert.IsType<ScheduleWithDemoStream>(provider.GetRequiredService<IStreamSchedule>());
        var demo = Assert.Single(schedule.Streams);
        Assert.Equal(TestData.Europa.Id, demo.DiscussionId);
        Assert.Equal(provider.GetRequiredService<SandboxDemoStream>().StartsAt, demo.StartsAt);
        var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        Assert.Equal(provider.GetRequiredService<SandboxDatabaseFile>().Path, storage.SqlitePath);
        Assert.StartsWith(Path.GetTempPath(), storage.SqlitePath, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
