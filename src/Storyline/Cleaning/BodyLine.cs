using Storyline.Documents;

namespace Storyline.Cleaning;

/// <summary>A line kept for the body, what block it makes, and whether the page printed it twice in a row.</summary>
internal sealed record BodyLine(SourceLine Line, BlockKind Kind, bool Doubled);
