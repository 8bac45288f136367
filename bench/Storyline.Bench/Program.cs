using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Storyline.Bench;

// `generate <folder> <count> [seed]` writes a synthetic corpus of .txt files for end-to-end runs;
// `e2e <count> [seed]` generates a corpus and times the whole analysis run over it;
// `loadtest <count> <db> [seconds-per-kind]` serves a store of generated articles (built into <db> when
// missing) on loopback and reports search, story-page and article-page latency percentiles;
// `extract <corpus.jsonl> [out.jsonl] [rounds]` times HTML extraction over a corpus of pages;
// `language <folder-or-corpus.jsonl> [rounds]` times sentences, entities, names, quotes and speakers over clean articles;
// `stream <count> [run-size]` analyses a stream generated from the samples in runs of run-size articles;
// `scale <count>... [--runs-of N]` measures `stream` for each size in a process of its own and reports
// how CPU time per article changes with size;
// `scale-clustering <count>...` measures the clustering stage alone: for each size one process fills a
// store with generated analysed records (`clustering-fill <db> <count>`), another clusters them (`clustering-run <db>`);
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

if (args is ["language", var clean, ..])
{
    return LanguageLayerRun.Run(clean, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);
}

if (args is ["stream", var streamed, ..])
{
    var runSize = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : ScaleRun.DefaultRunSize;
    return ScaleRun.Stream(int.Parse(streamed, CultureInfo.InvariantCulture), runSize);
}

if (args is ["scale", _, ..])
{
    var runsOf = Array.IndexOf(args, "--runs-of");
    var runSize = runsOf > 0 ? int.Parse(args[runsOf + 1], CultureInfo.InvariantCulture) : ScaleRun.DefaultRunSize;
    var sizes = args.Skip(1).Where((_, i) => runsOf < 0 || (i + 1 != runsOf && i + 1 != runsOf + 1));
    return ScaleRun.Scale([.. sizes.Select(size => int.Parse(size, CultureInfo.InvariantCulture))], runSize);
}

if (args is ["clustering-fill", var filled, var fillCount])
{
    return ClusteringScaleRun.Fill(filled, int.Parse(fillCount, CultureInfo.InvariantCulture));
}

if (args is ["clustering-run", var clustered])
{
    return ClusteringScaleRun.Cluster(clustered);
}

if (args is ["scale-clustering", _, ..])
{
    return ClusteringScaleRun.Scale([.. args.Skip(1).Select(size => int.Parse(size, CultureInfo.InvariantCulture))]);
}

// The benchmark executable is rebuilt for each job; on a busy shared machine that takes longer
// than BenchmarkDotNet's default two minutes.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
