// The host: wired up by the work on issues #2 (inspect, document loading) and #4 (the bot).
Console.WriteLine("NewsBot");
