using Microsoft.Extensions.Options;

namespace NewsBot.Companion;

[OptionsValidator]
internal sealed partial class CompanionOptionsValidator : IValidateOptions<CompanionOptions>;
