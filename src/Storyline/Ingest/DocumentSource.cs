using Storyline.Archives;
using Storyline.Feeds;

namespace Storyline.Ingest;

/// <summary>
/// The entry of the Ingest stage: reads files and folders (recursively, in ordinal order of their
/// paths) with the reader each file's name calls for. Every problem — a missing path, a file that
/// cannot be opened, an unsupported or oversized file, a bad item inside a file — is a
/// <see cref="ReadFailure"/> naming what failed and why, and the batch goes on. Files of unknown
/// kinds inside a folder are passed over silently; a file named explicitly is always reported.
/// </summary>
public sealed class DocumentSource
{
    private static readonly EnumerationOptions Recursive = new() { RecurseSubdirectories = true, IgnoreInaccessible = true };

    private readonly IReadOnlyList<IDocumentReader> _readers;

    public DocumentSource(IngestOptions options)
        : this([new PlainTextReader(options), new HtmlFileReader(options), new JsonLinesReader(options), new WarcReader(options), new FeedFileReader(options)])
    {
    }

    /// <summary>A source with its own readers, tried in order; the first that can read a file reads it.</summary>
    public DocumentSource(IReadOnlyList<IDocumentReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        _readers = readers;
    }

    public IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            foreach (var result in ReadPath(path))
            {
                yield return result;
            }
        }
    }

    private IEnumerable<ReadResult> ReadPath(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*", Recursive).Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var reader = FindReader(file);
                if (reader is null)
                {
                    continue;
                }

                foreach (var result in ReadFile(file, reader))
                {
                    yield return result;
                }
            }
        }
        else if (File.Exists(path))
        {
            var reader = FindReader(path);
            if (reader is null)
            {
                yield return new ReadFailure(path, $"unsupported file type '{Path.GetExtension(path)}'");
                yield break;
            }

            foreach (var result in ReadFile(path, reader))
            {
                yield return result;
            }
        }
        else
        {
            yield return new ReadFailure(path, "no such file or folder");
        }
    }

    private IDocumentReader? FindReader(string file)
    {
        foreach (var reader in _readers)
        {
            if (reader.CanRead(file))
            {
                return reader;
            }
        }

        return null;
    }

    /// <summary>Runs a reader over one file, turning a failure to open or read the file into a
    /// result for that file.</summary>
    private static IEnumerable<ReadResult> ReadFile(string file, IDocumentReader reader)
    {
        IEnumerator<ReadResult>? results = null;
        try
        {
            while (true)
            {
                string? failure = null;
                var more = false;
                try
                {
                    results ??= reader.Read(file).GetEnumerator();
                    more = results.MoveNext();
                }
                catch (IOException ex)
                {
                    failure = "cannot read: " + ex.Message;
                }
                catch (UnauthorizedAccessException ex)
                {
                    failure = "cannot open: " + ex.Message;
                }

                if (failure is not null)
                {
                    yield return new ReadFailure(file, failure);
                    yield break;
                }

                if (!more)
                {
                    yield break;
                }

                yield return results!.Current;
            }
        }
        finally
        {
            results?.Dispose();
        }
    }
}
