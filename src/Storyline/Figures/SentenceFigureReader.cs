using System.Globalization;
using Storyline.Documents;

namespace Storyline.Figures;

/// <summary>Reads the figures of one sentence, left to right, over its lexemes.</summary>
internal sealed class SentenceFigureReader
{
    /// <summary>How many words a noun phrase after a figure may hold before its head must have come.</summary>
    private const int MaxPhraseWords = 5;

    /// <summary>How far back, in lexemes, "estimated" still marks a figure as an estimate.</summary>
    private const int EstimateReach = 5;

    /// <summary>Longer digit runs without separators are identifiers and timestamps, not counts.</summary>
    private const int MaxCountDigits = 7;

    /// <summary>Ages are told as bare numbers below this.</summary>
    private const int MaxAge = 120;

    private readonly string _text;
    private readonly TextSpan _sentence;
    private readonly List<Lexeme> _lexemes;

    /// <summary>Each word lexeme in lower case, null for other lexemes; the rules ask for them often.</summary>
    private readonly string?[] _lower;

    public SentenceFigureReader(string text, TextSpan sentence)
    {
        _text = text;
        _sentence = sentence;
        _lexemes = Lexer.Scan(text, sentence.Start, sentence.End);
        _lower = new string?[_lexemes.Count];
        for (var k = 0; k < _lexemes.Count; k++)
        {
            if (_lexemes[k].Kind == LexemeKind.Word)
            {
                _lower[k] = _lexemes[k].Of(text).ToString().ToLowerInvariant();
            }
        }
    }

    private int Count => _lexemes.Count;

    public void ReadInto(List<Figure> figures)
    {
        var i = 0;
        while (i < Count)
        {
            var next = TryReadVague(i, figures) ?? TryReadAmountFigure(i, figures) ?? i + 1;
            i = Math.Max(next, i + 1);
        }
    }

    // ---------------------------------------------------------------- vague figures

    /// <summary>"tens of thousands of troops", "dozens of warships", "several hundred people".</summary>
    private int? TryReadVague(int i, List<Figure> figures)
    {
        var first = Lower(i);
        int end;
        if (first is not null && FigureWords.VagueScales.Contains(first))
        {
            if (IsWord(i + 1, "of") && Lower(i + 2) is { } inner && FigureWords.VagueScales.Contains(inner) && inner != "tens" && inner != "dozens")
            {
                end = i + 3;
            }
            else if (IsWord(i + 1, "of") && IsWordAt(i + 2) && !IsNumberWordAt(i + 2))
            {
                end = i + 1;
            }
            else
            {
                return null;
            }
        }
        else if (first is not null && FigureWords.VagueCounts.Contains(first) && Lower(i + 1) is { } scale
                 && (FigureWords.Scales.ContainsKey(scale) || scale is "dozen" || FigureWords.VagueScales.Contains(scale)))
        {
            end = i + 2;
            if (i > 0 && IsWord(i - 1, "a"))
            {
                i--;
            }
        }
        else
        {
            return null;
        }

        var (unit, unitSpan) = FindUnit(end);
        if (unit is not null && FigureWords.TimeUnits.Contains(unit))
        {
            return end;
        }

        var span = TextSpan.FromBounds(_lexemes[i].Start, _lexemes[end - 1].End);
        figures.Add(new Figure(span.Of(_text), null, null, unit, FigureQualifier.Vague, FigureKind.Count, span, unitSpan, _sentence));
        return end;
    }

    // ---------------------------------------------------------------- numbers

    /// <summary>A number read from one or more lexemes: digits with an optional scale word, or words.</summary>
    private readonly record struct Amount(int First, int Next, double Value, double Scale, bool Spelled, bool Separated)
    {
        /// <summary>Digits only, no separators and no scale: what years, dates and name numbers look like.</summary>
        public bool IsPlainInteger => !Spelled && !Separated && Scale == 1 && Value == Math.Floor(Value);
    }

    private int? TryReadAmountFigure(int i, List<Figure> figures)
    {
        var start = i;
        string? currency = null;
        if (_lexemes[i].Kind == LexemeKind.Symbol && FigureWords.CurrencySigns.TryGetValue(_lexemes[i].Of(_text).ToString(), out var sign))
        {
            currency = sign;
            i++;
        }

        if (ReadAmount(i) is not { } amount)
        {
            return null;
        }

        var range = ReadRangeEnd(amount);
        if (currency is null && IsNonCount(amount))
        {
            return range?.Value.Next ?? amount.Next;
        }

        var low = amount.Value;
        double? high = null;
        var end = amount.Next;
        if (range is { } upper)
        {
            // A second number no larger than the first is a score or a vote tally ("5-4"), not a range.
            if (upper.Value.Value <= upper.Low)
            {
                return upper.Value.Next;
            }

            low = upper.Low;
            high = upper.Value.Value;
            end = upper.Value.Next;
        }

        var kind = currency is null ? FigureKind.Count : FigureKind.Money;
        string? unit = currency;
        TextSpan? unitSpan = currency is null ? null : Span(start);
        if (currency is null)
        {
            if (ReadPercentSign(end) is { } percentEnd)
            {
                kind = FigureKind.Percent;
                unit = "percent";
                unitSpan = TextSpan.FromBounds(_lexemes[end].Start, _lexemes[percentEnd - 1].End);
                end = percentEnd;
            }
            else if (ReadCurrencyWord(end) is { } money)
            {
                kind = FigureKind.Money;
                unit = money.Code;
                unitSpan = Span(money.Next - 1);
                end = money.Next;
            }
        }

        var coreEnd = end;
        if (kind == FigureKind.Count)
        {
            (unit, unitSpan) = FindUnit(end);
            if (unit is not null && FigureWords.TimeUnits.Contains(unit))
            {
                return end;
            }

            if (unit is null)
            {
                if (amount.Spelled && amount.Scale == 1)
                {
                    return end;
                }

                (unit, unitSpan) = FindSubjectUnit(start);
            }
        }

        var (qualifier, qualifierStart) = FindQualifier(start);
        var span = TextSpan.FromBounds(_lexemes[qualifierStart].Start, _lexemes[coreEnd - 1].End);
        figures.Add(new Figure(span.Of(_text), low, high, unit, qualifier, kind, span, unitSpan, _sentence));
        return coreEnd;
    }

    private Amount? ReadAmount(int i, bool continuesRange = false)
    {
        if (i >= Count)
        {
            return null;
        }

        return _lexemes[i].Kind switch
        {
            LexemeKind.Number => ReadDigits(i, continuesRange),
            LexemeKind.Word => ReadSpelled(i),
            _ => null,
        };
    }

    /// <summary>"94,300", "1.2 million", "40m". Null for a numeral glued to a word, a colon or a
    /// slash: part of a name, a clock time, a fraction.</summary>
    private Amount? ReadDigits(int i, bool continuesRange)
    {
        var lexeme = _lexemes[i];
        if (i > 0 && IsGlued(i - 1, i) && _lexemes[i - 1].Kind is LexemeKind.Word or LexemeKind.Number)
        {
            return null;
        }

        // "Su-57" is a name; "273-8255" after "800-" continues a phone number unless a range is being read.
        if (i > 1 && IsGlued(i - 1, i) && IsGlued(i - 2, i - 1)
            && (_lexemes[i - 2].Kind == LexemeKind.Word || (!continuesRange && _lexemes[i - 2].Kind == LexemeKind.Number)))
        {
            return null;
        }

        if (i > 0 && IsGlued(i - 1, i) && IsPunctuation(i - 1, "+"))
        {
            return null;
        }

        var written = lexeme.Of(_text);
        Span<char> digits = stackalloc char[written.Length];
        var length = 0;
        foreach (var c in written)
        {
            if (c != ',')
            {
                digits[length++] = c;
            }
        }

        if (!double.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var next = i + 1;
        var scale = 1.0;
        if (next < Count && IsGlued(i, next))
        {
            var after = _lexemes[next];
            if (after.Kind == LexemeKind.Word
                && (FigureWords.ScaleSuffixes.TryGetValue(after.Of(_text).ToString(), out var suffix) || FigureWords.Scales.TryGetValue(after.Of(_text).ToString(), out suffix)))
            {
                scale = suffix;
                next++;
            }
            else if (IsPunctuation(next, "-") && IsWord(next + 1, "strong") && IsGlued(next, next + 1))
            {
                // "a 100,000-strong force": the size of the body named after it.
                return new Amount(i, next + 2, value, 1, Spelled: false, Separated: written.Contains(','));
            }
            else if (after.Kind == LexemeKind.Word || IsPunctuation(next, ":") || IsPunctuation(next, "/") || IsSuspendedHyphen(next)
                     || IsPunctuation(next, "'") || IsPunctuation(next, "\u2019") || IsPunctuation(next, "\"")
                     || (IsPunctuation(next, "-") && next + 1 < Count && _lexemes[next + 1].Kind == LexemeKind.Word && IsGlued(next, next + 1)))
            {
                return null;
            }
        }

        while (next < Count && Lower(next) is { } word && FigureWords.Scales.TryGetValue(word, out var factor) && word != "hundred")
        {
            scale *= factor;
            next++;
        }

        return new Amount(i, next, value * scale, scale, Spelled: false, Separated: written.Contains(','));
    }

    /// <summary>"three", "twenty-five", "two million", "a dozen", "three hundred thousand".
    /// "one" alone is too often a pronoun to count.</summary>
    private Amount? ReadSpelled(int i)
    {
        var j = i;
        if (Lower(j) is "a" or "an")
        {
            if (Lower(j + 1) is not { } scaleWord || !(FigureWords.Scales.ContainsKey(scaleWord) || scaleWord == "dozen"))
            {
                return null;
            }

            j++;
        }

        double total = 0, current = 0, scale = 1;
        var any = false;
        var hadScale = j > i;
        if (hadScale)
        {
            current = 1;
        }

        for (; j < Count && Lower(j) is { } word; j++)
        {
            if (SpelledValue(word) is { } small)
            {
                current += small;
            }
            else if (word == "dozen")
            {
                current = Math.Max(current, 1) * 12;
            }
            else if (word == "hundred")
            {
                current = Math.Max(current, 1) * 100;
            }
            else if (FigureWords.Scales.TryGetValue(word, out var factor))
            {
                total += Math.Max(current, 1) * factor;
                current = 0;
                scale = factor;
                hadScale = true;
            }
            else if (word == "and" && any && SpelledValue(Lower(j + 1) ?? string.Empty) is not null)
            {
                continue;
            }
            else
            {
                break;
            }

            any = true;
        }

        if (!any)
        {
            return null;
        }

        var value = total + current;
        if (value == 1 && !hadScale)
        {
            return null;
        }

        return new Amount(i, j, value, scale, Spelled: true, Separated: false);
    }

    private static int? SpelledValue(string word)
    {
        if (FigureWords.Units.TryGetValue(word, out var value))
        {
            return value;
        }

        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && FigureWords.Units.TryGetValue(word[..hyphen], out var tens) && tens >= 20 && tens % 10 == 0
            && FigureWords.Units.TryGetValue(word[(hyphen + 1)..], out var ones) && ones is > 0 and < 10)
        {
            return tens + ones;
        }

        return null;
    }

    /// <summary>The upper bound of a range: "10,000 to 15,000", "10-15,000", "between 10 and 15 million".
    /// A scale written only on the upper bound applies to both.</summary>
    private (Amount Value, double Low)? ReadRangeEnd(Amount low)
    {
        var j = low.Next;
        if (j >= Count)
        {
            return null;
        }

        var dash = IsPunctuation(j, "-") || IsPunctuation(j, "\u2013");
        var to = IsWord(j, "to") && !IsWord(low.First - 1, "from");
        var and = IsWord(j, "and") && IsWord(low.First - 1, "between");
        var k = IsSymbolText(j + 1, "$") || IsSymbolText(j + 1, "€") || IsSymbolText(j + 1, "£") ? j + 2 : j + 1;
        if (!(dash || to || and) || ReadAmount(k, continuesRange: true) is not { } high || high.Spelled != low.Spelled)
        {
            return null;
        }

        var lowValue = low.Value;
        if (low.Scale == 1 && high.Scale > 1 && low.Value * high.Scale <= high.Value)
        {
            lowValue = low.Value * high.Scale;
        }
        else if (dash && low.IsPlainInteger && high.Separated && low.Value < 1000 && low.Value * 1000 <= high.Value)
        {
            lowValue = low.Value * 1000;
        }

        return (high, lowValue);
    }

    /// <summary>Years, dates, clock times, temperatures, ages, proportions ("1 in 4"), identifiers,
    /// phone-like digit runs and numbers that end a name.</summary>
    private bool IsNonCount(Amount amount)
    {
        var before = amount.First - 1;
        var after = amount.Next;
        if (amount.IsPlainInteger && ((amount.Value is >= 1800 and <= 2100 && _lexemes[amount.First].Length == 4) || _lexemes[amount.First].Length > MaxCountDigits))
        {
            return true;
        }

        if (IsAge(amount) || IsProportion(amount))
        {
            return true;
        }

        if (IsPunctuation(before, ".") && IsWord(before - 1, "no"))
        {
            return true;
        }

        if (!amount.Spelled && amount.Value <= 31 && amount.Value == Math.Floor(amount.Value) && (IsMonth(before) || IsMonth(before - 1) && IsPunctuation(before, ".") || IsMonth(after)))
        {
            return true;
        }

        if (!amount.Spelled && ((before >= 0 && _lexemes[before].Kind == LexemeKind.Number) || (after < Count && _lexemes[after].Kind == LexemeKind.Number)))
        {
            return true;
        }

        if (after < Count && (IsSymbolText(after, "°") || Lower(after) is { } follower && FigureWords.NonCountFollowers.Contains(follower)
            || IsClockSuffix(after) || _lexemes[after].Kind == LexemeKind.Word && _lexemes[after].Of(_text) is "C" or "F"))
        {
            return true;
        }

        return amount.IsPlainInteger && amount.Value < 1000 && before >= 0 && _lexemes[before].Kind == LexemeKind.Word
            && char.IsUpper(_text[_lexemes[before].Start]) && !IsMonth(before)
            && !FigureWords.IsFunctionWord(Lower(before)!);
    }

    /// <summary>"Jones, 25, said", "ages 16 to 24", "who is 70.": a small number that stands alone
    /// after a name, an age word or a copula is an age.</summary>
    private bool IsAge(Amount amount)
    {
        if (!amount.IsPlainInteger || amount.Value >= MaxAge)
        {
            return false;
        }

        var before = amount.First - 1;
        var after = amount.Next;
        var standsAlone = after >= Count || _lexemes[after].Kind == LexemeKind.Punctuation || IsWord(after, "and") || IsWord(after, "to");
        if (Lower(before) is "age" or "ages" or "aged" || (IsWord(before, "of") && Lower(before - 1) is "age" or "ages"))
        {
            return true;
        }

        return standsAlone && (IsPunctuation(before, ",") || Lower(before) is "is" or "was");
    }

    /// <summary>"1 in 4 residents", "eight out of 10 voters": both numbers of a proportion.</summary>
    private bool IsProportion(Amount amount)
    {
        var linkAfter = IsWord(amount.Next, "in") || IsWord(amount.Next, "of") || (IsWord(amount.Next, "out") && IsWord(amount.Next + 1, "of"));
        var afterLink = IsWord(amount.Next, "out") ? amount.Next + 2 : amount.Next + 1;
        if (linkAfter && ReadAmount(afterLink, continuesRange: true) is not null && !IsWord(afterLink, "a") && !IsWord(afterLink, "an"))
        {
            return true;
        }

        var before = amount.First - 1;
        return (IsWord(before, "in") || IsWord(before, "of")) && (IsWord(before - 1, "out") ? before - 2 : before - 1) is var k
            && k >= 0 && (_lexemes[k].Kind == LexemeKind.Number || (Lower(k) is { } word && SpelledValue(word) is not null));
    }

    private int? ReadPercentSign(int j)
    {
        if (j < Count && IsSymbolText(j, "%"))
        {
            return j + 1;
        }

        if (Lower(j) is { } word && FigureWords.PercentWords.Contains(word))
        {
            return j + 1;
        }

        return IsWord(j, "per") && IsWord(j + 1, "cent") ? j + 2 : null;
    }

    private (string Code, int Next)? ReadCurrencyWord(int j)
    {
        var k = IsWord(j, "US") ? j + 1 : j;
        return Lower(k) is { } word && FigureWords.CurrencyWords.TryGetValue(word, out var code) ? (code, k + 1) : null;
    }

    // ---------------------------------------------------------------- qualifiers

    private (FigureQualifier Qualifier, int Start) FindQualifier(int start)
    {
        if (Lower(start - 2) is { } first && Lower(start - 1) is { } second
            && FigureWords.QualifierPairs.TryGetValue(first + " " + second, out var paired))
        {
            var pairStart = start - 2;
            if (first is "many" or "much" && IsWord(pairStart - 1, "as") || first == "excess" && IsWord(pairStart - 1, "in"))
            {
                pairStart--;
            }
            else if (first == "more" && IsWord(pairStart - 1, "no"))
            {
                return (FigureQualifier.Under, pairStart - 1);
            }

            return (paired, pairStart);
        }

        if (Lower(start - 1) is { } single && FigureWords.Qualifiers.TryGetValue(single, out var qualifier))
        {
            return (qualifier, start - 1);
        }

        for (var k = start - 1; k >= 0 && k >= start - EstimateReach; k--)
        {
            if (_lexemes[k].Kind != LexemeKind.Word)
            {
                break;
            }

            if (FigureWords.EstimateWords.Contains(Lower(k)!))
            {
                return (FigureQualifier.Estimate, start);
            }
        }

        return (FigureQualifier.Exact, start);
    }

    // ---------------------------------------------------------------- units

    /// <summary>The head noun of the phrase a figure counts, from lexeme <paramref name="j"/>:
    /// "Russian troops" → troops, "lives of our citizens" → lives, "of the soldiers" → soldiers.
    /// Modifiers before the head are skipped; a plural noun followed by a verb form ends the phrase.</summary>
    private (string? Unit, TextSpan? Span) FindUnit(int j)
    {
        if (IsWord(j, "of"))
        {
            j++;
            if (Lower(j) is { } determiner && FigureWords.Determiners.Contains(determiner))
            {
                j++;
            }
        }

        var headIndex = -1;
        for (var k = j; k < Count && k < j + MaxPhraseWords && _lexemes[k].Kind == LexemeKind.Word; k++)
        {
            var word = Lower(k)!;
            if (FigureWords.PhraseEnders.Contains(word) || FigureWords.Scales.ContainsKey(word) || SpelledValue(word) is not null)
            {
                break;
            }

            if (headIndex >= 0)
            {
                var head = Lower(headIndex)!;
                if ((FigureWords.LooksPlural(head) && !FigureWords.LooksPlural(word)) || FigureWords.LooksLikeVerbForm(word))
                {
                    break;
                }
            }

            var hasNext = k + 1 < Count && _lexemes[k + 1].Kind == LexemeKind.Word && !FigureWords.PhraseEnders.Contains(Lower(k + 1)!);
            if (hasNext && FigureWords.IsModifier(word))
            {
                continue;
            }

            headIndex = k;
        }

        if (headIndex < 0)
        {
            return (null, null);
        }

        var unit = Lower(headIndex)!;
        if (!FigureWords.LooksPlural(unit) && (char.IsUpper(_text[_lexemes[headIndex].Start]) || FigureWords.LooksLikeVerbForm(unit) || SkippedVerbForm(j, headIndex)))
        {
            // A capitalised singular is a name ("Zero Hedge"); a singular after a verb form is a
            // predicate ("the two turned vicious"): neither is what the number counts.
            return (null, null);
        }

        return (unit, Span(headIndex));
    }

    private bool SkippedVerbForm(int from, int head)
    {
        for (var k = from; k < head; k++)
        {
            if (FigureWords.LooksLikeVerbForm(Lower(k)!))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The unit of a figure stated without one, from the subject of its sentence:
    /// "the number of Russian troops in the area was estimated to be 94,300" → troops.</summary>
    private (string? Unit, TextSpan? Span) FindSubjectUnit(int start)
    {
        for (var k = start - 1; k > 0; k--)
        {
            if (IsWord(k, "of") && Lower(k - 1) is "number" or "total" or "count" or "toll")
            {
                return FindUnit(k);
            }
        }

        return (null, null);
    }

    // ---------------------------------------------------------------- lexeme tests

    private string? Lower(int k) => k >= 0 && k < Count ? _lower[k] : null;

    private bool IsWord(int k, string lower) => Lower(k) == lower;

    private bool IsWordAt(int k) => k >= 0 && k < Count && _lexemes[k].Kind == LexemeKind.Word;

    private bool IsNumberWordAt(int k) => Lower(k) is { } word && (SpelledValue(word) is not null || FigureWords.Scales.ContainsKey(word));

    private bool IsPunctuation(int k, string mark) =>
        k >= 0 && k < Count && _lexemes[k].Kind == LexemeKind.Punctuation && _lexemes[k].Of(_text).SequenceEqual(mark);

    private bool IsSymbolText(int k, string mark) =>
        k >= 0 && k < Count && _lexemes[k].Kind == LexemeKind.Symbol && _lexemes[k].Of(_text).SequenceEqual(mark);

    private bool IsMonth(int k) =>
        k >= 0 && k < Count && _lexemes[k].Kind == LexemeKind.Word && FigureWords.Months.Contains(_lexemes[k].Of(_text).ToString());

    /// <summary>"a.m." and "p.m." lex as a letter, a full stop and a letter.</summary>
    private bool IsClockSuffix(int k) =>
        Lower(k) is "a" or "p" && IsPunctuation(k + 1, ".") && IsWord(k + 2, "m") && IsGlued(k, k + 1);

    private bool IsGlued(int left, int right) => _lexemes[left].End == _lexemes[right].Start;

    /// <summary>A hyphen left hanging before a space, as in "18- to 24-year-olds": the numeral
    /// belongs to a compound written out later.</summary>
    private bool IsSuspendedHyphen(int k) =>
        IsPunctuation(k, "-") && (k + 1 >= Count || !IsGlued(k, k + 1));

    private TextSpan Span(int k) => TextSpan.FromBounds(_lexemes[k].Start, _lexemes[k].End);
}
