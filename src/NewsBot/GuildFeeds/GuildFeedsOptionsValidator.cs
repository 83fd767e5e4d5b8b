using Microsoft.Extensions.Options;

namespace NewsBot.GuildFeeds;

[OptionsValidator]
internal sealed partial class GuildFeedsOptionsValidator : IValidateOptions<GuildFeedsOptions>;
