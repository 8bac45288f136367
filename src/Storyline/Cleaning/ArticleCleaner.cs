using System.Text;
using Storyline.Documents;
using Storyline.Reference;

namespace Storyline.Cleaning;

/// <summary>
/// Separates an article from its scraped page. The steps run in order:
/// 1. split the text into lines and find the headline (<see cref="TitleFinder"/>);
/// 2. find a byline under it and an author bio block (<see cref="AuthorBioDetector"/>);
/// 3. keep the lines that can be body text (<see cref="BodySelector"/>);
/// 4. read and strip the dateline credit of the first paragraphs (<see cref="DatelineParser"/>);
///    a line printed twice before that paragraph was a photo caption and goes;
/// 5. read and strip a credit closing the body (<see cref="TrailingCreditParser"/>);
/// 6. tell cross-heads from stray short lines (<see cref="HeadingClassifier"/>);
/// 7. decide the publication date (<see cref="PublicationDateFinder"/>) and the outlets;
/// 8. join the blocks with blank lines, mapping each back to the document.
/// The cleaner holds no state between documents and may be shared.
/// </summary>
public sealed class ArticleCleaner
{
    /// <summary>A dateline opens one of the first paragraphs; past these it is body text.</summary>
    private const int DatelineParagraphs = 3;

    /// <summary>Bylines stand right under the headline.</summary>
    private const int BylineLines = 2;

    private const string BlockSeparator = "\n\n";

    private readonly OutletCatalog _outlets;
    private readonly TitleFinder _titles;
    private readonly DatelineParser _datelines;
    private readonly TrailingCreditParser _trailingCredits;

    public ArticleCleaner()
        : this(PlaceGazetteer.Default, OutletCatalog.Default)
    {
    }

    public ArticleCleaner(PlaceGazetteer places, OutletCatalog outlets)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(outlets);
        _outlets = outlets;
        _titles = new TitleFinder(outlets);
        _datelines = new DatelineParser(places, outlets);
        _trailingCredits = new TrailingCreditParser(outlets);
    }

    public Article Clean(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = ContentHash.Of(document.Text);
        var hints = document.Hints;
        if (document.Format == DocumentFormat.Html)
        {
            return Unextracted(document, hash);
        }

        var lines = SourceLine.Split(document.Text);
        var extracted = document.Format == DocumentFormat.ExtractedText;
        int? titleIndex = extracted
            ? (hints.Title is not null && lines.Count > 0 ? 0 : null)
            : _titles.Find(lines, hints.Title);
        var bodyStart = titleIndex + 1 ?? 0;
        var byline = FindByline(lines, bodyStart, out var bylineIndex);
        var bio = AuthorBioDetector.Find(lines, bodyStart);

        bool IsMetadata(int i) => i == bylineIndex || bio?.Covers(i) == true;
        var body = extracted
            ? BodySelector.SelectExtracted(lines, bodyStart, IsMetadata)
            : BodySelector.Select(lines, bodyStart, IsMetadata);
        var credit = StripDateline(body);
        var trailingOutlet = StripTrailingCredit(body);
        var blocks = HeadingClassifier.Classify(body, extracted);

        var interviewCredits = InterviewCreditFinder.Find(body.Select(b => b.Line.Text), _outlets);
        var outlets = new[] { hints.Outlet, credit?.Outlet, trailingOutlet, byline?.Outlet, bio?.Outlet }
            .Concat(interviewCredits)
            .OfType<string>()
            .Select(name => _outlets.Canonical(name) ?? name.Trim())
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var (text, spans, map) = Assemble(blocks);
        return new Article(
            document.Id,
            document.Origin,
            hash,
            hints.Title ?? (titleIndex is { } t ? lines[t].Text : null),
            PublicationDateFinder.Find(lines, titleIndex, credit, hints.Published),
            outlets,
            hints.Author ?? byline?.Author ?? bio?.Author,
            credit?.Place,
            text,
            spans,
            map);
    }

    /// <summary>HTML extraction is a later stage; until then the page is passed on whole, with the
    /// metadata its source gave.</summary>
    private Article Unextracted(RawDocument document, string hash)
    {
        var hints = document.Hints;
        var blocks = document.Text.Length == 0 ? [] : new[] { new Block(BlockKind.Paragraph, new TextSpan(0, document.Text.Length)) };
        var outlets = hints.Outlet is null ? [] : new[] { _outlets.Canonical(hints.Outlet) ?? hints.Outlet };
        return new Article(document.Id, document.Origin, hash, hints.Title, hints.Published, outlets, null, null, document.Text, blocks, OffsetMap.Identity);
    }

    private Byline? FindByline(IReadOnlyList<SourceLine> lines, int from, out int index)
    {
        for (var i = from; i < Math.Min(lines.Count, from + BylineLines); i++)
        {
            if (Byline.Parse(lines[i].Text, _outlets) is { } byline)
            {
                index = i;
                return byline;
            }
        }

        index = -1;
        return null;
    }

    private DatelineCredit? StripDateline(List<BodyLine> body)
    {
        for (var k = 0; k < Math.Min(body.Count, DatelineParagraphs); k++)
        {
            var line = body[k].Line;
            if (_datelines.Parse(line.Text) is not { } credit)
            {
                continue;
            }

            if (credit.Length >= line.Text.Length)
            {
                body.RemoveAt(k);
            }
            else
            {
                body[k] = body[k] with { Line = line.Slice(credit.Length, line.Text.Length - credit.Length) };
            }

            // The report starts at its dateline: a line doubled above it is a photo caption that the
            // page also printed as a lede.
            for (var i = k - 1; i >= 0; i--)
            {
                if (body[i].Doubled)
                {
                    body.RemoveAt(i);
                }
            }

            return credit;
        }

        return null;
    }

    /// <summary>Reads the credit closing the last paragraph; stray short lines after it are skipped,
    /// as <see cref="HeadingClassifier"/> drops them.</summary>
    private string? StripTrailingCredit(List<BodyLine> body)
    {
        for (var i = body.Count - 1; i >= 0; i--)
        {
            var line = body[i].Line;
            if (_trailingCredits.Parse(line.Text) is { } credit)
            {
                var keep = line.Text[..credit.Start].TrimEnd();
                if (keep.Length == 0)
                {
                    body.RemoveAt(i);
                }
                else
                {
                    body[i] = body[i] with { Line = line.Slice(0, keep.Length) };
                }

                return credit.Outlet;
            }

            if (!LineShape.IsHeadingLike(line.Text))
            {
                return null;
            }
        }

        return null;
    }

    private static (string Text, IReadOnlyList<Block> Blocks, OffsetMap Map) Assemble(List<BodyLine> lines)
    {
        var text = new StringBuilder();
        var blocks = new List<Block>(lines.Count);
        var map = new OffsetMap.Builder();
        foreach (var line in lines)
        {
            if (text.Length > 0)
            {
                text.Append(BlockSeparator);
            }

            map.Add(text.Length, line.Line.Start);
            blocks.Add(new Block(line.Kind, new TextSpan(text.Length, line.Line.Text.Length)));
            text.Append(line.Line.Text);
        }

        return (text.ToString(), blocks, map.Build());
    }
}
