namespace NewsBot.NoToken.Terminal;

/// <summary>What was wrong with a typed line; <see cref="Detail"/> is the offending piece, <see cref="Known"/> what would fit.</summary>
internal sealed record InputError(InputErrorKind Kind, string Detail = "", string Known = "");

internal enum InputErrorKind
{
    UnclosedQuote,
    ExpectedNameValue,
    EmptyOptionName,
    DuplicateOption,
    MissingCommandName,
    UnknownCommand,
    UnknownSubcommand,
    MissingSubcommand,
    UnknownOption,
    MissingOption,
    UnknownChannel,
    UnknownRole,
    UnknownMember,
    NotANumber,
    NotABoolean,
    NothingToSuggest,
    UnknownMeta,
    MetaArgument,
}
