using Microsoft.Extensions.Options;

namespace NewsBot.GuildDiscussions;

[OptionsValidator]
internal sealed partial class GuildDiscussionsOptionsValidator : IValidateOptions<GuildDiscussionsOptions>;
