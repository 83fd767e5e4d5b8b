using Microsoft.Extensions.Options;

namespace NewsBot.Core.Documents;

/// <summary>Checks the data annotations of <see cref="DocumentsOptions"/> with generated code (no reflection).</summary>
[OptionsValidator]
internal sealed partial class DocumentsOptionsValidator : IValidateOptions<DocumentsOptions>;
