using System.Reflection;
using Microsoft.Extensions.Options;
using NewsBot.Hosting;

namespace NewsBot.Tests.Hosting;

public sealed class SettingsSectionsTests
{
    [Theory]
    [InlineData("token")]
    [InlineData("")]
    public void Every_settings_class_bound_from_configuration_is_listed_and_validated_at_start(string token)
    {
        var services = NewsBotHost.CreateBuilder([], new Dictionary<string, string?> { ["Discord:Token"] = token }).Services;

        var bound = services
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IOptionsChangeTokenSource<>))
            .Select(d => d.ServiceType.GetGenericArguments()[0])
            .Where(t => t.Namespace?.StartsWith("NewsBot", StringComparison.Ordinal) == true)
            .Distinct()
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);
        Assert.Equal(bound, SettingsSections.All.Select(s => s.Options.FullName).Order(StringComparer.Ordinal));
        foreach (var (options, _) in SettingsSections.All)
            Assert.Contains(services, d => d.ServiceType == typeof(IValidateOptions<>).MakeGenericType(options));
    }

    [Fact]
    public void Each_section_is_the_Section_constant_of_its_settings_class()
    {
        foreach (var (options, section) in SettingsSections.All)
        {
            var field = options.GetField("Section", BindingFlags.Public | BindingFlags.Static);
            Assert.True(field is { IsLiteral: true }, $"{options.Name} has no const string Section");
            Assert.Equal(section, field.GetRawConstantValue());
            Assert.Equal(section, SettingsSections.Of(options));
        }
    }
}
