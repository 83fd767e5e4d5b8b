// Standalone sandbox: `dotnet run --project src/NewsBot.Sandbox -- --port N`. Filled in by the sandbox work.
Console.WriteLine("NewsBot sandbox: not built yet.");
