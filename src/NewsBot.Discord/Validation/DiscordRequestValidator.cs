using System.Text.RegularExpressions;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Validation;

/// <summary>Checks outgoing payloads against <see cref="MessageLimits"/>. An empty list means valid.</summary>
public static partial class DiscordRequestValidator
{
    [GeneratedRegex(@"^[-_\p{Ll}\p{N}]{1,32}$")]
    private static partial Regex CommandNamePattern();

    public static IReadOnlyList<LimitViolation> Validate(MessageCreateRequest request) => Validate(request, hasFiles: false);

    private static List<LimitViolation> Validate(MessageCreateRequest request, bool hasFiles)
    {
        var list = new List<LimitViolation>();
        CheckMessage(list, request.Content, request.Embeds, request.Components);
        if (request.Nonce is { Length: > MessageLimits.Nonce })
            list.Add(new("nonce", $"longer than {MessageLimits.Nonce} characters"));
        if (!hasFiles && string.IsNullOrEmpty(request.Content) && (request.Embeds?.Count ?? 0) == 0 && (request.Components?.Count ?? 0) == 0)
            list.Add(new("content", "a message needs content, an embed or components"));
        return list;
    }

    public static IReadOnlyList<LimitViolation> Validate(InteractionMessage message)
    {
        var list = new List<LimitViolation>();
        CheckMessage(list, message.Content, message.Embeds, message.Components);
        return list;
    }

    public static IReadOnlyList<LimitViolation> Validate(InteractionResponse response)
    {
        var list = new List<LimitViolation>();
        if (response.Type == InteractionCallbackType.Modal)
        {
            CheckModal(list, "data", response.Data?.CustomId, response.Data?.Title, response.Data?.Components);
            return list;
        }
        if (response.Data is { } data)
        {
            CheckMessage(list, data.Content, data.Embeds, data.Components);
            if (data.Choices is { Count: > MessageLimits.CommandChoices })
                list.Add(new("data.choices", $"more than {MessageLimits.CommandChoices} choices"));
            if (data.Choices is not null)
            {
                for (var i = 0; i < data.Choices.Count; i++)
                    CheckLength(list, $"data.choices[{i}].name", data.Choices[i].Name, 1, MessageLimits.CommandDescription);
            }
        }
        return list;
    }

    public static IReadOnlyList<LimitViolation> Validate(IReadOnlyList<ApplicationCommandRequest> commands)
    {
        var list = new List<LimitViolation>();
        if (commands.Count > MessageLimits.Commands)
            list.Add(new("commands", $"more than {MessageLimits.Commands} commands"));
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < commands.Count; i++)
        {
            var command = commands[i];
            var path = $"[{i}]";
            if (!names.Add(command.Name))
                list.Add(new($"{path}.name", $"duplicate command name '{command.Name}'"));
            CheckCommandNaming(list, path, command.Name, command.NameLocalizations, command.Description, command.DescriptionLocalizations);
            CheckOptions(list, path, command.Options);
        }
        return list;
    }

    public static IReadOnlyList<LimitViolation> Validate(GuildScheduledEventCreateRequest request)
    {
        var list = new List<LimitViolation>();
        CheckLength(list, "name", request.Name, 1, MessageLimits.ScheduledEventName);
        if (request.Description is not null)
            CheckLength(list, "description", request.Description, 0, MessageLimits.ScheduledEventDescription);
        if (request.EntityType == GuildScheduledEventEntityType.External)
        {
            CheckLength(list, "entity_metadata.location", request.EntityMetadata?.Location ?? "", 1, MessageLimits.ScheduledEventLocation);
            if (request.ScheduledEndTime is null)
                list.Add(new("scheduled_end_time", "required for external events"));
        }
        if (request.ScheduledEndTime is { } end && end <= request.ScheduledStartTime)
            list.Add(new("scheduled_end_time", "must be after the start"));
        return list;
    }

    public static IReadOnlyList<LimitViolation> Validate(GuildScheduledEventModifyRequest request)
    {
        var list = new List<LimitViolation>();
        if (request.Name is not null)
            CheckLength(list, "name", request.Name, 1, MessageLimits.ScheduledEventName);
        if (request.Description is not null)
            CheckLength(list, "description", request.Description, 0, MessageLimits.ScheduledEventDescription);
        if (request.EntityMetadata?.Location is { } location)
            CheckLength(list, "entity_metadata.location", location, 1, MessageLimits.ScheduledEventLocation);
        if (request.ScheduledStartTime is { } start && request.ScheduledEndTime is { } end && end <= start)
            list.Add(new("scheduled_end_time", "must be after the start"));
        return list;
    }

    /// <summary>A message with files: the message's own limits (empty text allowed), at most 10 files of 10 MiB together.</summary>
    public static IReadOnlyList<LimitViolation> Validate(MessageCreateRequest request, IReadOnlyList<FileUpload> files)
    {
        var list = Validate(request, hasFiles: files.Count > 0);
        if (files.Count > MessageLimits.Files)
            list.Add(new("files", $"{files.Count} files, limit {MessageLimits.Files}"));
        var total = files.Sum(f => (long)f.Content.Length);
        if (total > MessageLimits.UploadBytes)
            list.Add(new("files", $"{total} bytes, limit {MessageLimits.UploadBytes}"));
        for (var i = 0; i < files.Count; i++)
        {
            CheckLength(list, $"files[{i}].filename", files[i].Filename, 1, 1024);
            if (files[i].Description is { } description)
                CheckLength(list, $"attachments[{i}].description", description, 0, MessageLimits.AttachmentDescription);
        }
        return list;
    }

    public static IReadOnlyList<LimitViolation> Validate(ThreadFromMessageRequest request)
    {
        var list = new List<LimitViolation>();
        CheckLength(list, "name", request.Name, 1, MessageLimits.ThreadName);
        if (request.AutoArchiveDuration is { } minutes && !ThreadFromMessageRequest.AutoArchiveDurations.Contains(minutes))
            list.Add(new("auto_archive_duration", $"{minutes} minutes; must be 60, 1440, 4320 or 10080"));
        if (request.RateLimitPerUser is < 0 or > MessageLimits.ThreadSlowmode)
            list.Add(new("rate_limit_per_user", $"must be 0 to {MessageLimits.ThreadSlowmode} seconds"));
        return list;
    }

    private static void CheckMessage(List<LimitViolation> list, string? content, IReadOnlyList<Embed>? embeds, IReadOnlyList<Component>? components)
    {
        if (content is { Length: > MessageLimits.Content })
            list.Add(new("content", $"{content.Length} characters, limit {MessageLimits.Content}"));
        if (embeds is not null)
            CheckEmbeds(list, embeds);
        if (components is not null)
            CheckComponents(list, components);
    }

    private static void CheckEmbeds(List<LimitViolation> list, IReadOnlyList<Embed> embeds)
    {
        if (embeds.Count > MessageLimits.Embeds)
            list.Add(new("embeds", $"{embeds.Count} embeds, limit {MessageLimits.Embeds}"));
        var total = 0;
        for (var i = 0; i < embeds.Count; i++)
        {
            var embed = embeds[i];
            total += CheckEmbedText(list, i, -1, "title", embed.Title, 0, MessageLimits.EmbedTitle);
            total += CheckEmbedText(list, i, -1, "description", embed.Description, 0, MessageLimits.EmbedDescription);
            total += CheckEmbedText(list, i, -1, "footer.text", embed.Footer?.Text, 0, MessageLimits.EmbedFooter);
            total += CheckEmbedText(list, i, -1, "author.name", embed.Author?.Name, 0, MessageLimits.EmbedAuthor);
            var fields = embed.Fields ?? [];
            if (fields.Count > MessageLimits.EmbedFields)
                list.Add(new($"embeds[{i}].fields", $"{fields.Count} fields, limit {MessageLimits.EmbedFields}"));
            for (var f = 0; f < fields.Count; f++)
            {
                total += CheckEmbedText(list, i, f, "name", fields[f].Name, 1, MessageLimits.EmbedFieldName);
                total += CheckEmbedText(list, i, f, "value", fields[f].Value, 1, MessageLimits.EmbedFieldValue);
            }
        }
        if (total > MessageLimits.EmbedTotal)
            list.Add(new("embeds", $"{total} characters over all embeds, limit {MessageLimits.EmbedTotal}"));
    }

    private static void CheckCommandNaming(
        List<LimitViolation> list, string path, string name, IReadOnlyDictionary<string, string>? nameLocalizations,
        string description, IReadOnlyDictionary<string, string>? descriptionLocalizations)
    {
        if (!CommandNamePattern().IsMatch(name))
            list.Add(new($"{path}.name", $"'{name}' must be 1-32 lowercase letters, digits, '-' or '_'"));
        foreach (var (locale, localized) in nameLocalizations ?? new Dictionary<string, string>())
        {
            if (!CommandNamePattern().IsMatch(localized))
                list.Add(new($"{path}.name_localizations.{locale}", $"'{localized}' must be 1-32 lowercase letters, digits, '-' or '_'"));
        }
        CheckLength(list, $"{path}.description", description, 1, MessageLimits.CommandDescription);
        foreach (var (locale, localized) in descriptionLocalizations ?? new Dictionary<string, string>())
            CheckLength(list, $"{path}.description_localizations.{locale}", localized, 1, MessageLimits.CommandDescription);
    }

    private static void CheckOptions(List<LimitViolation> list, string path, IReadOnlyList<ApplicationCommandOption>? options)
    {
        if (options is null)
            return;
        if (options.Count > MessageLimits.CommandOptions)
            list.Add(new($"{path}.options", $"{options.Count} options, limit {MessageLimits.CommandOptions}"));
        var seenOptional = false;
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i];
            var optionPath = $"{path}.options[{i}]";
            CheckCommandNaming(list, optionPath, option.Name, option.NameLocalizations, option.Description, option.DescriptionLocalizations);
            if (option.Required == true && seenOptional)
                list.Add(new(optionPath, "required options must come before optional ones"));
            seenOptional |= option.Required != true;
            if (option.Choices is { Count: > MessageLimits.CommandChoices })
                list.Add(new($"{optionPath}.choices", $"{option.Choices.Count} choices, limit {MessageLimits.CommandChoices}"));
            if (option.Choices is { Count: > 0 } && option.Autocomplete == true)
                list.Add(new($"{optionPath}.autocomplete", "an option has either choices or autocomplete"));
            for (var c = 0; c < (option.Choices?.Count ?? 0); c++)
                CheckLength(list, $"{optionPath}.choices[{c}].name", option.Choices![c].Name, 1, MessageLimits.CommandDescription);
            CheckOptions(list, optionPath, option.Options);
        }
    }

    /// <summary>Like <see cref="CheckLength"/>, naming the path only when it is out of bounds (every reply is checked; most are fine).</summary>
    private static int CheckEmbedText(List<LimitViolation> list, int embed, int field, string name, string? value, int min, int max)
    {
        var length = value?.Length ?? 0;
        if ((value is null && min == 0) || (length >= min && length <= max))
            return length;
        return CheckLength(list, field < 0 ? $"embeds[{embed}].{name}" : $"embeds[{embed}].fields[{field}].{name}", value, min, max);
    }

    private static int CheckLength(List<LimitViolation> list, string path, string? value, int min, int max)
    {
        var length = value?.Length ?? 0;
        if (value is null && min == 0)
            return 0;
        if (length < min || length > max)
            list.Add(new(path, min > 0 ? $"{length} characters, must be {min} to {max}" : $"{length} characters, limit {max}"));
        return length;
    }
}
