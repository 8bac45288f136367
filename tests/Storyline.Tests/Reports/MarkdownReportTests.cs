using System.Text.RegularExpressions;
using Storyline.Reports;

namespace Storyline.Tests.Reports;

public sealed partial class MarkdownReportTests
{
    private static readonly string Markdown = MarkdownReport.Render(ReportSamples.Dam());
    private static readonly string[] Lines = Markdown.Split('\n');

    [Theory]
    [InlineData("## Summary")]
    [InlineData("## Timeline")]
    [InlineData("## Figures and disagreements")]
    [InlineData("## Positions")]
    [InlineData("## Quotes by speaker")]
    [InlineData("## Coverage by outlet")]
    [InlineData("## Sources")]
    public void Every_section_has_its_heading(string heading)
    {
        Assert.Contains(heading, Lines);
    }

    [Fact]
    public void Every_summary_sentence_ends_with_its_citation()
    {
        var summary = Lines.SkipWhile(l => l != "## Summary").Skip(2).TakeWhile(l => l.Length > 0).ToList();

        Assert.Equal(2, summary.Count);
        Assert.EndsWith("[\\[AFP, 2025-03-14\\]](https://news.example/dam?id=1)", summary[0], StringComparison.Ordinal);
        Assert.EndsWith("\\[Medran Herald, 2025-03-15\\]", summary[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_row_of_a_table_has_one_cell_per_column()
    {
        var table = Lines.SkipWhile(l => l != "## Positions").Skip(2).TakeWhile(l => l.StartsWith('|')).ToList();

        Assert.Equal(3, table.Count);
        Assert.Equal("| --- | --- | --- | --- | --- |", table[1]);
        Assert.All(table, row => Assert.Equal(6, CellBorder().Count(row)));
    }

    [Fact]
    public void Markup_characters_of_the_text_are_escaped()
    {
        Assert.DoesNotContain("<script>", Markdown, StringComparison.Ordinal);
        Assert.Contains("\\<script\\>alert(1)\\</script\\>", Markdown, StringComparison.Ordinal);
        Assert.Contains("any delay \\| of the inquiry", Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disagreement_is_flagged_in_its_claims_heading()
    {
        Assert.Contains("### people — **sources disagree**", Lines);
    }

    /// <summary>A cell border: a pipe that is not escaped.</summary>
    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellBorder();
}
