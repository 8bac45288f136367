using System.Text;
using Storyline.Export;

namespace Storyline.Reports;

/// <summary>
/// A story report as Markdown for pasting: the same sections as <see cref="HtmlReport"/>, tables for the
/// figures, positions and coverage, a citation after every sentence linked to the article's web address
/// when it has one. Text is escaped so that no character of an article becomes Markdown or HTML.
/// </summary>
public static class MarkdownReport
{
    public static string Render(StoryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var markdown = new StringBuilder();
        var (first, last) = report.Dates();
        markdown.Append("# ").AppendLine(Escape(report.Title)).AppendLine();
        var dates = first is null ? "undated" : first == last ? first : first + " – " + last;
        markdown.AppendLine(Escape($"{report.Sources.Count} articles · {dates} · {string.Join(", ", report.Outlets())}"));
        foreach (var (id, heading) in HtmlReport.SectionHeadings)
        {
            markdown.AppendLine().Append("## ").AppendLine(heading).AppendLine();
            var before = markdown.Length;
            Write(id, report, markdown);
            if (markdown.Length == before)
            {
                markdown.AppendLine("None found.");
            }
        }

        markdown.AppendLine().AppendLine("## Sources").AppendLine();
        var number = 1;
        foreach (var source in report.Sources)
        {
            var title = Escape(source.Title ?? source.Article);
            markdown.Append(number++).Append(". ").Append(source.Url is null ? title : Link(title, source.Url))
                .Append(" — ").AppendLine(Escape(source.Label()));
        }

        return markdown.ToString();
    }

    /// <summary>Text that Markdown shows as written: its markup characters escaped, its line breaks made spaces.</summary>
    public static string Escape(string? text)
    {
        var escaped = new StringBuilder((text?.Length ?? 0) + 8);
        foreach (var c in text ?? "")
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '!' or '&')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }

    private static void Write(string section, StoryReport report, StringBuilder markdown)
    {
        switch (section)
        {
            case "summary":
                var number = 1;
                foreach (var sentence in report.Summary)
                {
                    markdown.Append(number++).Append(". ").Append(Escape(sentence.Text)).Append(' ').AppendLine(Cite(report, sentence.Article));
                }

                break;
            case "timeline":
                foreach (var entry in report.Timeline)
                {
                    markdown.Append("- **").Append(entry.Date ?? "undated").Append("** ").Append(Escape(entry.Text)).Append(' ')
                        .AppendLine(Cites(report, entry.Articles));
                }

                break;
            case "figures":
                foreach (var claim in report.Claims)
                {
                    markdown.Append("### ").Append(Escape(claim.Subject)).AppendLine(claim.Disagree ? " — **sources disagree**" : "").AppendLine();
                    Table(markdown, ["Figure", "Stated as", "Sources", "Sentence"], claim.Values.Select(v => new[]
                    {
                        Escape(v.Value), Escape(v.Qualifier), v.Sources + " " + Cites(report, v.Articles), string.Join(" / ", v.Sentences.Select(Escape)),
                    }));
                    markdown.AppendLine();
                }

                break;
            case "positions":
                if (report.Positions.Count > 0)
                {
                    Table(markdown, ["Actor", "Issue", "Stance", "Speaker", "Evidence"], report.Positions.Select(p => new[]
                    {
                        Escape(p.Actor), Escape(p.Issue), Escape(p.Act), Escape(p.Speaker ?? "—"), Escape(p.Evidence) + " " + Cites(report, p.Articles),
                    }));
                }

                break;
            case "quotes":
                foreach (var speaker in report.Quotes)
                {
                    markdown.Append("### ").AppendLine(Escape(speaker.Speaker ?? "Unattributed")).AppendLine();
                    foreach (var quote in speaker.Quotes)
                    {
                        markdown.Append("- “").Append(Escape(quote.Text)).Append("” — ").Append(Escape(StoryReport.CarriedBy(quote)))
                            .AppendLine(quote.SingleSource ? " · single source" : "");
                    }

                    markdown.AppendLine();
                }

                break;
            default:
                Coverage(report, markdown);
                break;
        }
    }

    private static void Coverage(StoryReport report, StringBuilder markdown)
    {
        if (report.Coverage.Count == 0)
        {
            return;
        }

        Table(markdown, ["Outlet", "Quotes", "Figures", "Only one source"], report.Coverage.Select(o => new[]
        {
            Escape(o.Outlet), o.Quotes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            o.Figures.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), o.SingleSource.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        markdown.AppendLine().AppendLine("### Figures and the outlets that carry them").AppendLine();
        Items(markdown, report.FiguresCovered, f => Escape(f.Text));
        markdown.AppendLine().AppendLine("### Reported by one source only").AppendLine();
        Items(markdown, report.SingleSourceFigures, f => "figure " + Escape(f.Text));
        Items(markdown, report.SingleSourceQuotes, q => Escape(q.Speaker ?? "Unattributed") + ": “" + Escape(q.Text) + "”");
    }

    private static void Items(StringBuilder markdown, IReadOnlyList<CoveredItemRecord> items, Func<CoveredItemRecord, string> text)
    {
        foreach (var item in items)
        {
            markdown.Append("- ").Append(text(item)).Append(" — ").AppendLine(Escape(StoryReport.CarriedBy(item)));
        }
    }

    /// <summary>A table: a header row, its separator, then one row per item, every row with one cell per column.</summary>
    private static void Table(StringBuilder markdown, string[] columns, IEnumerable<string[]> rows)
    {
        markdown.Append("| ").Append(string.Join(" | ", columns)).AppendLine(" |");
        markdown.Append('|').Append(string.Concat(columns.Select(_ => " --- |"))).AppendLine();
        foreach (var row in rows)
        {
            markdown.Append("| ").Append(string.Join(" | ", row)).AppendLine(" |");
        }
    }

    private static string Cites(StoryReport report, IEnumerable<string> articles) => string.Join(" ", articles.Select(a => Cite(report, a)));

    private static string Cite(StoryReport report, string article)
    {
        var source = report.Source(article);
        var label = "\\[" + Escape(source?.Label() ?? article) + "\\]";
        return source?.Url is { } url ? Link(label, url) : label;
    }

    /// <summary>A link whose address cannot end early: brackets, spaces and angle brackets are percent-encoded.</summary>
    private static string Link(string text, string url) =>
        "[" + text + "](" + url.Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal)
            .Replace(")", "%29", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal) + ")";
}
