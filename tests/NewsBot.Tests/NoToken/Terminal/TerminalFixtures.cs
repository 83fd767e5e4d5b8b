using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Sandbox.World;

namespace NewsBot.Tests.NoToken.Terminal;

/// <summary>A sandbox world and commands shaped like the ones the bot registers.</summary>
internal static class TerminalFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 12, 3, 19, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider BerlinTime()
    {
        var time = new FakeTimeProvider(Now);
        time.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        return time;
    }

    public static SandboxWorld World(TimeProvider? time = null)
    {
        time ??= new FakeTimeProvider(Now);
        return SandboxWorld.CreateDefault(new SnowflakeGenerator(time), time);
    }

    public static JsonArray Commands() => (JsonArray)JsonNode.Parse("""
        [
          { "name": "summary", "type": 1, "description": "A short summary of a discussion",
            "name_localizations": { "de": "zusammenfassung" },
            "description_localizations": { "de": "Eine kurze Zusammenfassung einer Diskussion" },
            "options": [
              { "name": "discussion", "type": 3, "description": "Which discussion", "autocomplete": true },
              { "name": "length", "type": 3, "description": "How long", "name_localizations": { "de": "länge" },
                "choices": [
                  { "name": "short", "value": "short", "name_localizations": { "de": "kurz" } },
                  { "name": "medium", "value": "medium", "name_localizations": { "de": "mittel" } },
                  { "name": "long", "value": "long", "name_localizations": { "de": "lang" } } ] } ] },
          { "name": "panel", "type": 1, "description": "Who is on the panel",
            "options": [ { "name": "discussion", "type": 3, "description": "Which discussion", "autocomplete": true } ] },
          { "name": "config", "type": 1, "description": "Moderator settings", "name_localizations": { "de": "einstellungen" },
            "options": [
              { "name": "channel", "type": 1, "description": "Where announcements go",
                "options": [ { "name": "channel", "type": 7, "description": "The channel", "required": true } ] },
              { "name": "role", "type": 1, "description": "The role to ping",
                "options": [ { "name": "role", "type": 8, "description": "The role" } ] },
              { "name": "reminders", "type": 1, "description": "Minutes before the start",
                "options": [ { "name": "steps", "type": 3, "description": "e.g. 60, 15, 0", "required": true } ] },
              { "name": "events", "type": 1, "description": "Mirror streams as events",
                "options": [ { "name": "enabled", "type": 5, "description": "On or off", "required": true } ] },
              { "name": "limits", "type": 1, "description": "A number, for the tests",
                "options": [ { "name": "count", "type": 4, "description": "How many" } ] } ] }
        ]
        """)!;
}
