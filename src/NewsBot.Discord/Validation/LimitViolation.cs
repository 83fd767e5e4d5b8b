namespace NewsBot.Discord.Validation;

/// <summary>One broken Discord limit, with the JSON path of the offending value.</summary>
public sealed record LimitViolation(string Path, string Problem)
{
    public override string ToString() => $"{Path}: {Problem}";
}
