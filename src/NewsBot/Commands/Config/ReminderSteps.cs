using System.Globalization;
using NewsBot.Texts;

namespace NewsBot.Commands.Config;

/// <summary>Parses "/config reminders" steps like "60, 15, 0": whole minutes 0–10080, at most 5, no duplicates; sorted descending.</summary>
internal static class ReminderSteps
{
    public const int MaxSteps = 5;
    public const int MaxMinutes = 10080;

    public static ReminderStepsResult Parse(string? text)
    {
        var tokens = (text ?? "").Split([',', ';', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tokens.Length == 0)
            return new ReminderStepsResult.Rejected(ReminderStepsError.Empty, null);
        var minutes = new List<int>();
        foreach (var token in tokens)
        {
            if (!int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                return new ReminderStepsResult.Rejected(IsWholeNumber(token) ? ReminderStepsError.OutOfRange : ReminderStepsError.NotANumber, token);
            if (value is < 0 or > MaxMinutes)
                return new ReminderStepsResult.Rejected(ReminderStepsError.OutOfRange, token);
            if (minutes.Contains(value))
                return new ReminderStepsResult.Rejected(ReminderStepsError.Duplicate, token);
            minutes.Add(value);
        }
        if (minutes.Count > MaxSteps)
            return new ReminderStepsResult.Rejected(ReminderStepsError.TooMany, null);
        return new ReminderStepsResult.Parsed(minutes.OrderDescending().Select(m => TimeSpan.FromMinutes(m)).ToList());
    }

    private static bool IsWholeNumber(string token) =>
        token.TrimStart('-', '+').Length > 0 && token.TrimStart('-', '+').All(char.IsAsciiDigit);

    /// <summary>"60, 15, 0".</summary>
    public static string Format(IEnumerable<TimeSpan> offsets) =>
        string.Join(", ", offsets.Select(o => ((long)o.TotalMinutes).ToString(CultureInfo.InvariantCulture)));
}

internal abstract record ReminderStepsResult
{
    private ReminderStepsResult() { }

    public sealed record Parsed(IReadOnlyList<TimeSpan> Offsets) : ReminderStepsResult;

    public sealed record Rejected(ReminderStepsError Error, string? Token) : ReminderStepsResult;
}
