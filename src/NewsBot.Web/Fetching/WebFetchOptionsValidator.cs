using Microsoft.Extensions.Options;

namespace NewsBot.Web.Fetching;

/// <summary>Checks the data annotations of <see cref="WebFetchOptions"/> with generated code (no reflection).</summary>
[OptionsValidator]
internal sealed partial class WebFetchOptionsValidator : IValidateOptions<WebFetchOptions>;
