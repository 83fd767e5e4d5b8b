using NewsBot.Core.Documents.People;

namespace NewsBot.Core.Documents.Structure;

/// <summary>One labelled field of a line: "Moderation: Katharina Schohl" → (Host, "Moderation", "Katharina Schohl").</summary>
internal sealed record LabelSegment(SectionRole Role, string Label, string Text);

/// <summary>A body line with what the layout reader found out about it.</summary>
internal sealed class BodyLine(Block block, string content, bool bulleted)
{
    public Block Block { get; } = block;

    public int Number => Block.Line;

    /// <summary>The line without its bullet ("- ", "• ", "1. ").</summary>
    public string Content { get; } = content;

    public bool Bulleted { get; } = bulleted;

    public LineKind Kind { get; set; }

    /// <summary>For <see cref="LineKind.Label"/>: its fields, in order (one for "Gäste:", two for "Mit: … Moderation: …").</summary>
    public IReadOnlyList<LabelSegment> Segments { get; set; } = [];

    /// <summary>For <see cref="LineKind.Person"/>: the person the line gives.</summary>
    public PersonRecord? Person { get; set; }

    /// <summary>The role of the section the line stands in ("Podium" → Panel, "Keynote" → Keynote).</summary>
    public SectionRole Section { get; set; }

    /// <summary>The line announces a guest list that follows ("Gäste:", "Wer diskutiert am 9. März?", "Panelists include:").</summary>
    public bool PanelHeader { get; set; }

    /// <summary>The programme item the line belongs to (0 before the first timed item).</summary>
    public int Item { get; set; }

    /// <summary>What the item is, from its title ("18.00 Uhr Grußworte" → Welcome).</summary>
    public SectionRole ItemRole { get; set; }

    /// <summary>A table row that opens with a clock time ("11:30 | Podium | …"): it starts a programme item.</summary>
    public bool TimedRow { get; set; }

    public bool IsBareLabel => Kind == LineKind.Label && Segments.Count == 1 && Segments[0].Text.Length == 0;

    public override string ToString() => $"{Number} {Kind} {Section}: {Content}";
}
