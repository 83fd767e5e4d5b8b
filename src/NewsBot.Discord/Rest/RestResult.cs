using System.Diagnostics.CodeAnalysis;

namespace NewsBot.Discord.Rest;

/// <summary>A REST outcome: a value, or a <see cref="DiscordError"/>. Expected failures never throw.</summary>
#pragma warning disable CA1000 // factory methods on a generic result are the point
public sealed record RestResult<T>
{
    private RestResult(T? value, DiscordError? error) => (Value, Error) = (value, error);

    public T? Value { get; }
    public DiscordError? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static RestResult<T> Success(T value) => new(value, null);

    public static RestResult<T> Failure(DiscordError error) => new(default, error);

    public RestResult<TOther> Map<TOther>(Func<T, TOther> map) =>
        IsSuccess ? RestResult<TOther>.Success(map(Value!)) : RestResult<TOther>.Failure(Error);
}
#pragma warning restore CA1000

/// <summary>Result of a call with no body to return.</summary>
public readonly record struct NoContent;
