using System.Globalization;

namespace NewsBot.Core.Documents.Time;

/// <summary>A calendar day as an announcement writes it; <see cref="Year"/> is null when the text names none.</summary>
public readonly record struct AnnouncedDate(int? Year, int Month, int Day)
{
    /// <summary>The day of the week, when the year is known.</summary>
    public DayOfWeek? DayOfWeek => Year is { } year ? new DateOnly(year, Month, Day).DayOfWeek : null;

    /// <summary>Whether month and day form a real date (in <paramref name="year"/>, or in some leap year when it is null).</summary>
    public static bool IsValid(int? year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year ?? 2000, month);

    /// <summary>"2024-09-15", or "--09-15" without a year.</summary>
    public override string ToString() => Year is { } year
        ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{Month:D2}-{Day:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"--{Month:D2}-{Day:D2}");
}
