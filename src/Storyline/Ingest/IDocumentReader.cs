namespace Storyline.Ingest;

/// <summary>Reads the documents of one kind of input file. A reader reports every item it cannot
/// read as a <see cref="ReadFailure"/> and goes on with the next; it throws only when the file itself
/// fails (it cannot be opened or read), which the caller reports.</summary>
public interface IDocumentReader
{
    /// <summary>Whether this reader handles the file, judged by its name.</summary>
    bool CanRead(string path);

    IEnumerable<ReadResult> Read(string path);
}
