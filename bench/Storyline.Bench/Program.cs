using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Storyline.Bench;

// `generate <folder> <count> [seed]` writes a synthetic corpus of .txt files for end-to-end runs;
// `e2e <count> [seed]` generates a corpus and times the whole analysis run over it;
// `loadtest <count> <db> [seconds-per-kind]` serves a store of generated articles (built into <db> when
// missing) on loopback and reports search, story-page and article-page latency percentiles;
// `extract <corpus.jsonl> [out.jsonl] [rounds]` times HTML extraction over a corpus of pages;
// `scale <count>...` runs e2e for each size and reports how time per article changes with size;
// anything else is handed to BenchmarkDotNet (e.g. --filter '*' --job short).
if (args is ["generate", var folder, var count, ..])
{
    var seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 42;
    new CorpusGenerator(seed).WriteFiles(folder, int.Parse(count, CultureInfo.InvariantCulture));
    return 0;
}

if (args is ["e2e", var size, ..])
{
    var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 42;
    return EndToEndRun.Run(int.Parse(size, CultureInfo.InvariantCulture), seed);
}

if (args is ["loadtest", var articles, var database, ..])
{
    var seconds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 15;
    return LoadTest.Run(int.Parse(articles, CultureInfo.InvariantCulture), 42, database, TimeSpan.FromSeconds(seconds));
}

if (args is ["extract", var pages, ..])
{
    var output = args.Length > 2 && args[2] != "-" ? args[2] : null;
    var rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5;
    return ExtractionRun.Run(pages, output, rounds);
}

if (args is ["scale", _, ..])
{
    return EndToEndRun.Scale([.. args.Skip(1).Select(size => int.Parse(size, CultureInfo.InvariantCulture))], 42);
}

// The benchmark executable is rebuilt for each job; on a busy shared machine that takes longer
// than BenchmarkDotNet's default two minutes.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
