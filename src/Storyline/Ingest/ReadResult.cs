using Storyline.Documents;

namespace Storyline.Ingest;

/// <summary>What reading one item of an input gave: a document, or the reason there is none.</summary>
public abstract record ReadResult(string Origin);

/// <summary>A document that was read and decoded.</summary>
public sealed record DocumentRead(RawDocument Document) : ReadResult(Document.Origin);

/// <summary>An item that could not be read, decoded or parsed; <see cref="Reason"/> is one line.</summary>
public sealed record ReadFailure(string Origin, string Reason) : ReadResult(Origin);
