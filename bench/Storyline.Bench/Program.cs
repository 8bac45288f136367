using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Storyline.Bench;

// `generate <folder> <count> [seed]` writes a synthetic corpus of .txt files for end-to-end runs;
// `e2e <count> [seed]` generates a corpus and times the whole analysis run over it;
// `scale <count>...` runs e2e for each size and reports how time per article changes with size;
// anything else is handed to BenchmarkDotNet (e.g. --filter '*' --job short).
if (args is ["generate", var folder, var count, ..])
{
    var seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 42;
    Directory.CreateDirectory(folder);
    foreach (var article in new CorpusGenerator(seed).Generate(int.Parse(count, CultureInfo.InvariantCulture)))
    {
        File.WriteAllText(Path.Combine(folder, article.Id + ".txt"), article.Text, new UTF8Encoding(false));
    }

    return 0;
}

if (args is ["e2e", var size, ..])
{
    var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 42;
    return EndToEndRun.Run(int.Parse(size, CultureInfo.InvariantCulture), seed);
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
