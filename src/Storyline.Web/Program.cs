namespace Storyline.Web;

/// <summary>Runs the server on its own (<c>storyline serve</c> runs the same server from the CLI).</summary>
internal static class ServerProgram
{
    public static void Main(string[] args) => StorylineServer.Build(args).Run();
}
