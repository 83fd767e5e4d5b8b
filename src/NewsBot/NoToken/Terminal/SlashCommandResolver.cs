using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Sandbox.World;

namespace NewsBot.NoToken.Terminal;

/// <summary>
/// Turns a typed slash command into Discord's interaction options using the commands the bot registered: localized
/// names are accepted, values are typed by the declared option type, <c>#channel</c>/<c>@role</c>/<c>@member</c> become
/// ids, choices may be given by their (localized) name. Without registered commands values are sent as typed. Hints
/// name commands, subcommands and options in the reader's language (their localized names for <c>locale</c>).
/// </summary>
internal static class SlashCommandResolver
{
    private const int SubcommandType = 1;
    private const int GroupType = 2;

    /// <param name="typed">The parsed line.</param>
    /// <param name="registered">The bot's commands as Discord holds them.</param>
    /// <param name="guild">Where channels, roles and members are looked up.</param>
    /// <param name="locale">The reader's Discord locale ("de", "en-US"): the names hints show.</param>
    /// <param name="canSee">Which channels the member may name (Discord offers only the ones they can view); all when null.</param>
    public static (ResolvedCommand? Command, InputError? Error) Resolve(TerminalInput.Slash typed, JsonArray registered, SandboxGuild guild, string? locale = null,
        Func<SandboxChannel, bool>? canSee = null)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(registered);
        var commands = registered.OfType<JsonObject>().Where(c => (IntOf(c["type"]) ?? 1) == 1).ToList();
        if (commands.Count == 0)
            return Unchecked(typed, guild, canSee);
        var command = commands.FirstOrDefault(c => Matches(c, typed.Command));
        if (command is null)
            return Fail(InputErrorKind.UnknownCommand, typed.Command, string.Join(" ", commands.Select(c => "/" + Display(c, locale)).Distinct()));

        var declared = Options(command);
        var wrap = new List<(string Name, int Type)>();
        foreach (var word in typed.Path)
        {
            var sub = declared.FirstOrDefault(o => IntOf(o["type"]) is SubcommandType or GroupType && Matches(o, word));
            if (sub is null)
            {
                var known = declared.Where(o => IntOf(o["type"]) is SubcommandType or GroupType).Select(o => Display(o, locale)).ToList();
                return known.Count == 0
                    ? Fail(InputErrorKind.ExpectedNameValue, word)
                    : Fail(InputErrorKind.UnknownSubcommand, word, string.Join(", ", known));
            }
            wrap.Add((Name(sub), IntOf(sub["type"])!.Value));
            declared = Options(sub);
        }
        if (declared.Any(o => IntOf(o["type"]) is SubcommandType or GroupType))
            return Fail(InputErrorKind.MissingSubcommand, "", string.Join(", ", declared.Select(o => Display(o, locale))));

        var options = new JsonArray();
        foreach (var option in typed.Options)
        {
            var declaration = declared.FirstOrDefault(o => Matches(o, option.Name));
            if (declaration is null)
                return Fail(InputErrorKind.UnknownOption, option.Name, string.Join(", ", declared.Select(o => Display(o, locale))));
            var (value, error) = Convert(option.Value, declaration, guild, canSee);
            if (error is not null)
                return (null, error);
            options.Add((JsonNode)new JsonObject { ["name"] = Name(declaration), ["type"] = IntOf(declaration["type"]), ["value"] = value });
        }
        if (typed.Suggest)
        {
            var focusable = declared.Where(o => o["autocomplete"]?.GetValueKind() == System.Text.Json.JsonValueKind.True).ToList();
            var last = options.Count > 0 ? (JsonObject)options[^1]! : null;
            if (last is null || !focusable.Select(Name).Contains(last["name"]!.GetValue<string>()))
                return Fail(InputErrorKind.NothingToSuggest, typed.Options.Count > 0 ? typed.Options[^1].Name : "/" + typed.Command,
                    string.Join(", ", focusable.Select(o => Display(o, locale))));
            last["type"] = 3;
            last["value"] = typed.Options[^1].Value;
            last["focused"] = true;
        }
        else if (declared.FirstOrDefault(o => o["required"]?.GetValueKind() == System.Text.Json.JsonValueKind.True
                     && !options.Any(given => given!["name"]!.GetValue<string>() == Name(o))) is { } missing)
            return Fail(InputErrorKind.MissingOption, Display(missing, locale));

        return (new ResolvedCommand(Name(command), Wrap(options, wrap)), null);
    }

    private static (ResolvedCommand?, InputError?) Unchecked(TerminalInput.Slash typed, SandboxGuild guild, Func<SandboxChannel, bool>? canSee)
    {
        var options = new JsonArray();
        foreach (var option in typed.Options)
        {
            JsonNode value = option.Value.StartsWith('#') && FindChannel(guild, option.Value, canSee) is { } channel
                ? Id(channel.Id)
                : option.Value.StartsWith('@') && FindRole(guild, option.Value) is { } role
                    ? Id(role.Id)
                    : option.Value.StartsWith('@') && FindMember(guild, option.Value) is { } member
                        ? Id(member.User.Id)
                        : option.Value;
            options.Add((JsonNode)new JsonObject { ["name"] = option.Name, ["value"] = value });
        }
        var wrap = typed.Path.Select((word, i) => (word, i == typed.Path.Count - 1 ? SubcommandType : GroupType)).ToList();
        return (new ResolvedCommand(typed.Command, Wrap(options, wrap)), null);
    }

    private static JsonArray Wrap(JsonArray options, List<(string Name, int Type)> path)
    {
        for (var i = path.Count - 1; i >= 0; i--)
            options = new JsonArray(new JsonObject { ["name"] = path[i].Name, ["type"] = path[i].Type, ["options"] = options });
        return options;
    }

    private static (JsonNode? Value, InputError? Error) Convert(string text, JsonObject declaration, SandboxGuild guild, Func<SandboxChannel, bool>? canSee)
    {
        switch (IntOf(declaration["type"]))
        {
            case 4:
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                    ? (integer, null)
                    : (null, new InputError(InputErrorKind.NotANumber, text));
            case 10:
                return double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? (number, null)
                    : (null, new InputError(InputErrorKind.NotANumber, text));
            case 5:
                return text.ToLowerInvariant() switch
                {
                    "true" or "yes" or "ja" or "on" or "1" => (true, null),
                    "false" or "no" or "nein" or "off" or "0" => (false, null),
                    _ => (null, new InputError(InputErrorKind.NotABoolean, text)),
                };
            case 6:
                return FindMember(guild, text) is { } user
                    ? (Id(user.User.Id), null)
                    : (null, new InputError(InputErrorKind.UnknownMember, Bare(text), string.Join(", ", guild.Members.Select(m => "@" + m.User.Username))));
            case 7:
                return FindChannel(guild, text, canSee) is { } channel
                    ? (Id(channel.Id), null)
                    : (null, new InputError(InputErrorKind.UnknownChannel, Bare(text), string.Join(", ", Channels(guild, canSee).Select(c => "#" + c.Name))));
            case 8:
                return FindRole(guild, text) is { } role
                    ? (Id(role.Id), null)
                    : (null, new InputError(InputErrorKind.UnknownRole, Bare(text), KnownRoles(guild)));
            case 9:
                return FindRole(guild, text) is { } mentionedRole
                    ? (Id(mentionedRole.Id), null)
                    : FindMember(guild, text) is { } mentioned
                        ? (Id(mentioned.User.Id), null)
                        : (null, new InputError(InputErrorKind.UnknownRole, Bare(text), KnownRoles(guild)));
            default:
                var choice = (declaration["choices"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(c =>
                    Matches(c, text) || string.Equals(c["value"]?.ToString(), text, StringComparison.OrdinalIgnoreCase));
                return (choice?["value"]?.DeepClone() ?? text, null);
        }
    }

    private static string KnownRoles(SandboxGuild guild) =>
        string.Join(", ", guild.Roles.Where(r => r.Id != guild.Id && !r.Managed).Select(r => "@" + r.Name));

    private static string Bare(string text) => text.TrimStart('#', '@');

    private static IEnumerable<SandboxChannel> Channels(SandboxGuild guild, Func<SandboxChannel, bool>? canSee) =>
        canSee is null ? guild.Channels : guild.Channels.Where(canSee);

    private static SandboxChannel? FindChannel(SandboxGuild guild, string text, Func<SandboxChannel, bool>? canSee) =>
        Channels(guild, canSee).FirstOrDefault(c => string.Equals(c.Name, Bare(text), StringComparison.OrdinalIgnoreCase) || Id(c.Id) == text);

    private static SandboxRole? FindRole(SandboxGuild guild, string text) =>
        guild.Roles.FirstOrDefault(r => string.Equals(r.Name.TrimStart('@'), Bare(text), StringComparison.OrdinalIgnoreCase) || Id(r.Id) == text);

    private static SandboxMember? FindMember(SandboxGuild guild, string text) =>
        guild.Members.FirstOrDefault(m => string.Equals(m.User.Username, Bare(text), StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.User.GlobalName, Bare(text), StringComparison.OrdinalIgnoreCase) || Id(m.User.Id) == text);

    private static List<JsonObject> Options(JsonObject node) => (node["options"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];

    /// <summary>The registered name, or a localized one (<c>name_localizations</c>), compared case-insensitively.</summary>
    private static bool Matches(JsonObject node, string typed) =>
        string.Equals(Name(node), typed, StringComparison.OrdinalIgnoreCase)
        || (node["name_localizations"] as JsonObject)?.Any(p => string.Equals(p.Value?.ToString(), typed, StringComparison.OrdinalIgnoreCase)) == true;

    private static string Name(JsonObject node) => node["name"]?.ToString() ?? "";

    /// <summary>The name a reader with <paramref name="locale"/> sees: the localized one when there is one.</summary>
    private static string Display(JsonObject node, string? locale) =>
        locale is not null && (node["name_localizations"] as JsonObject)?[locale] is JsonValue localized && localized.TryGetValue<string>(out var name)
            ? name
            : Name(node);

    private static int? IntOf(JsonNode? node) => node is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static (ResolvedCommand?, InputError?) Fail(InputErrorKind kind, string detail, string known = "") => (null, new InputError(kind, detail, known));
}
