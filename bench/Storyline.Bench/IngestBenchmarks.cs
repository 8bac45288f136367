using System.Text;
using BenchmarkDotNet.Attributes;
using Storyline.Ingest;

namespace Storyline.Bench;

/// <summary>Decoding and normalising the bytes of the input articles, as the readers do per file.</summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private byte[][] _utf8 = [];
    private byte[][] _windows1252Crlf = [];
    private string[] _decomposedCrlf = [];

    [GlobalSetup]
    public void Setup()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var windows1252 = Encoding.GetEncoding(1252);
        var articles = BenchInputs.Articles();
        _utf8 = [.. articles.Select(Encoding.UTF8.GetBytes)];
        _windows1252Crlf = [.. articles.Select(a => windows1252.GetBytes(a.Replace("\n", "\r\n", StringComparison.Ordinal)))];
        _decomposedCrlf = [.. articles.Select(a => a.Replace("\n", "\r\n", StringComparison.Ordinal).Replace("e", "e\u0301", StringComparison.Ordinal))];
    }

    [Benchmark(Baseline = true, Description = "UTF-8, already normal")]
    public int DecodeAndNormalizeUtf8() => DecodeAndNormalize(_utf8);

    [Benchmark(Description = "Windows-1252 fallback, CRLF")]
    public int DecodeAndNormalizeWindows1252Crlf() => DecodeAndNormalize(_windows1252Crlf);

    [Benchmark(Description = "Normalise only: decomposed accents, CRLF")]
    public int NormalizeDecomposedCrlf()
    {
        var length = 0;
        foreach (var text in _decomposedCrlf)
        {
            length += TextNormalizer.Normalize(text).Text.Length;
        }

        return length;
    }

    private static int DecodeAndNormalize(byte[][] files)
    {
        var length = 0;
        foreach (var bytes in files)
        {
            var decoded = TextDecoder.Decode(bytes);
            length += TextNormalizer.Normalize(decoded.Text!).Text.Length;
        }

        return length;
    }
}
