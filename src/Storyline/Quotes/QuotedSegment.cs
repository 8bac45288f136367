using Storyline.Documents;

namespace Storyline.Quotes;

/// <summary>
/// Words between quotation marks in one paragraph. <see cref="Outer"/> includes the marks (or runs
/// to the paragraph end when the quote is never closed); <see cref="Content"/> is inside them.
/// <see cref="ContinuesInNext"/> says the quote opens a paragraph, is left open and goes on in the
/// next paragraph, which opens with a mark.
/// </summary>
internal readonly record struct QuotedSegment(TextSpan Outer, TextSpan Content, bool ContinuesInNext);
