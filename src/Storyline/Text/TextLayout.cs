using Storyline.Documents;

namespace Storyline.Text;

/// <summary>What a token is.</summary>
public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    QuoteMark,
    Symbol,
}

/// <summary>One token of the clean text.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind);

/// <summary>Paragraphs, sentences and tokens of an article's clean text, as spans into it.</summary>
public sealed record TextLayout(
    IReadOnlyList<TextSpan> Paragraphs,
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<Token> Tokens);
