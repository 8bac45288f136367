using Storyline.Documents;
using Storyline.Text;

namespace Storyline.Tests.Text;

public class TextLayoutBuilderTests
{
    private const string Text = "Talks failed\n\nRussia denies it. NATO disagrees.";

    private static readonly Block[] Blocks =
    [
        new(BlockKind.Heading, new TextSpan(0, 12)),
        new(BlockKind.Paragraph, new TextSpan(14, 33)),
    ];

    private readonly TextLayoutBuilder _builder = new();

    [Fact]
    public void The_paragraphs_are_the_spans_of_the_blocks()
    {
        var layout = _builder.Build(Text, Blocks);

        Assert.Equal(Blocks.Select(b => b.Span), layout.Paragraphs);
    }

    [Fact]
    public void Sentences_are_found_block_by_block()
    {
        var layout = _builder.Build(Text, Blocks);

        Assert.Equal(["Talks failed", "Russia denies it.", "NATO disagrees."], layout.Sentences.Select(s => s.Of(Text)));
    }

    [Fact]
    public void Tokens_cover_every_block_in_text_order()
    {
        var layout = _builder.Build(Text, Blocks);

        Assert.Equal(["Talks", "failed", "Russia", "denies", "it", ".", "NATO", "disagrees", "."], layout.Tokens.Select(t => t.Span.Of(Text)));
    }

    [Fact]
    public void A_block_outside_the_text_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _builder.Build("short", [new Block(BlockKind.Paragraph, new TextSpan(2, 10))]));
    }
}
