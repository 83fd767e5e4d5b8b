namespace NewsBot.Web.Fetching;

/// <summary>Carries a refusal out of the connect callback through HttpClient; never leaves <see cref="SafeWebFetcher"/>.</summary>
internal sealed class FetchRefusedException(FetchFailureReason reason, string detail) : Exception(detail)
{
    public FetchFailureReason Reason { get; } = reason;
}
