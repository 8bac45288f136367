using System.Diagnostics.CodeAnalysis;
using Storyline.Documents;

namespace Storyline.Text;

/// <summary>Lays out an article's clean text: its blocks as paragraphs, and the sentences and tokens
/// of each block. No sentence or token crosses from one block into the next.</summary>
public sealed class TextLayoutBuilder
{
    [SuppressMessage("Performance", "CA1822", Justification = "A pipeline stage: an instance, so that settings can be given to it later without changing its callers.")]
    public TextLayout Build(string text, IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(blocks);
        var paragraphs = new TextSpan[blocks.Count];
        var sentences = new List<TextSpan>(blocks.Count * 2);
        var tokens = new List<Token>(text.Length / 5);
        for (var i = 0; i < blocks.Count; i++)
        {
            var span = blocks[i].Span;
            if (span.Start < 0 || span.End > text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(blocks), $"Block {i} ({span}) lies outside the text.");
            }

            paragraphs[i] = span;
            SentenceSplitter.Split(text, span, sentences);
            Tokenizer.Tokenize(text, span, tokens);
        }

        return new TextLayout(paragraphs, sentences, tokens);
    }
}
