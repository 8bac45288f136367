using Storyline.Documents;

namespace Storyline.Entities;

/// <summary>One word or punctuation mark of a sentence, as the entity and quote stages see it.</summary>
internal readonly record struct Word(TextSpan Span, bool IsPunctuation)
{
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Span.Start, Span.Length);

    public bool Is(string text, string value) => !IsPunctuation && Of(text).Equals(value, StringComparison.OrdinalIgnoreCase);

    public bool IsMark(string text, char mark) => IsPunctuation && text[Span.Start] == mark;

    public bool IsCapitalised(string text) => !IsPunctuation && char.IsUpper(text[Span.Start]);
}
