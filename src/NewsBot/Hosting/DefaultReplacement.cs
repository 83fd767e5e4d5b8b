using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsBot.Hosting;

/// <summary>
/// Lets a feature's real implementation win over another feature's placeholder default whichever registration
/// call comes first, while a deliberate registration (e.g. a test's fake) still wins over both.
/// </summary>
internal static class DefaultReplacement
{
    /// <summary>Removes the registrations of <typeparamref name="TService"/> by the placeholder type
    /// <typeparamref name="TDefault"/>, then adds <paramref name="replacement"/> unless another registration remains.</summary>
    public static IServiceCollection ReplaceDefault<TService, TDefault>(this IServiceCollection services, ServiceDescriptor replacement)
        where TDefault : TService
    {
        if (replacement.ServiceType != typeof(TService))
            throw new ArgumentException($"The replacement registers {replacement.ServiceType}, not {typeof(TService)}.", nameof(replacement));
        for (var i = services.Count - 1; i >= 0; i--)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType == typeof(TService) && !descriptor.IsKeyedService && descriptor.ImplementationType == typeof(TDefault))
                services.RemoveAt(i);
        }

        services.TryAdd(replacement);
        return services;
    }
}
