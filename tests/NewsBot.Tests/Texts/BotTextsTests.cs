using System.Reflection;
using NewsBot.Texts;

namespace NewsBot.Tests.Texts;

public sealed class BotTextsTests
{
    [Theory]
    [InlineData("de", BotLanguage.German)]
    [InlineData("de-AT", BotLanguage.German)]
    [InlineData("en-US", BotLanguage.English)]
    [InlineData("en-GB", BotLanguage.English)]
    [InlineData("fr", BotLanguage.English)]
    [InlineData(null, BotLanguage.English)]
    public void Texts_are_picked_per_discord_locale(string? locale, BotLanguage expected)
    {
        Assert.Equal(expected, BotTexts.ForLocale(locale).Language);
    }

    [Fact]
    public void An_unknown_locale_has_no_language_of_its_own()
    {
        Assert.Null(BotLocales.FromLocale(""));
        Assert.Equal(BotLanguage.German, BotLocales.FromLocale("de"));
    }

    [Fact]
    public void Every_text_exists_in_both_languages_and_most_are_translated()
    {
        var properties = typeof(BotTexts).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)).ToList();

        var german = properties.Select(p => (string)p.GetValue(BotTexts.German)!).ToList();
        var english = properties.Select(p => (string)p.GetValue(BotTexts.English)!).ToList();

        Assert.All(german.Concat(english), t => Assert.False(string.IsNullOrWhiteSpace(t)));
        var identical = properties.Where((p, i) => german[i] == english[i]).Select(p => p.Name).ToList();
        Assert.Equal(["StreamLabel"], identical);
    }

    [Fact]
    public void Every_reminder_error_has_its_own_message_in_both_languages()
    {
        foreach (var texts in new[] { BotTexts.German, BotTexts.English })
        {
            var messages = Enum.GetValues<ReminderStepsError>().Select(e => texts.RemindersInvalid(e, "x")).ToList();
            Assert.Equal(messages.Count, messages.Distinct().Count());
        }
    }

    [Fact]
    public void Parameterized_texts_carry_their_argument()
    {
        Assert.Contains("<#5>", BotTexts.German.ChannelSaved("<#5>"), StringComparison.Ordinal);
        Assert.Contains("<#5>", BotTexts.English.ChannelSaved("<#5>"), StringComparison.Ordinal);
        Assert.Contains("Deutsch", BotTexts.German.LanguageSaved(BotLanguage.German), StringComparison.Ordinal);
        Assert.Contains("English", BotTexts.English.LanguageSaved(BotLanguage.English), StringComparison.Ordinal);
    }
}
