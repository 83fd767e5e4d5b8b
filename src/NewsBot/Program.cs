using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Cli;

return await NewsBotCommandLine.Create(RunHostAsync).Parse(args).InvokeAsync();

static async Task<int> RunHostAsync(string[] args, CancellationToken cancellationToken)
{
    var builder = Host.CreateApplicationBuilder(args);
    builder.Services
        .AddNewsBotDocuments(builder.Configuration)
        .AddNewsBotDocumentWatching();
    using var host = builder.Build();
    await host.RunAsync(cancellationToken);
    return 0;
}
