using System.ComponentModel.DataAnnotations;
using NewsBot.Core.Validation;

namespace NewsBot.Core.Documents;

/// <summary>Where the announcement documents live and how they are watched (configuration section "Documents").</summary>
public sealed class DocumentsOptions
{
    public const string Section = "Documents";

    /// <summary>The folder holding the <c>*.txt</c> documents; relative paths are resolved against the working directory.</summary>
    [Required]
    public string Folder { get; set; } = "config/documents";

    /// <summary>Documents larger than this are refused. Default 256 KiB.</summary>
    [Range(1, 16 * 1024 * 1024)]
    public int MaxDocumentBytes { get; set; } = 256 * 1024;

    /// <summary>How often the folder is rescanned in addition to the file watcher. Default 30 s.</summary>
    [TimeSpanRange("00:00:01", "1.00:00:00")]
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the watcher waits for a burst of file events to settle. Default 500 ms.</summary>
    [TimeSpanRange("00:00:00", "00:01:00")]
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(500);
}
