using System.CommandLine;
using Storyline.Web;

namespace Storyline.Cli;

/// <summary><c>storyline serve</c>: the web pages and REST API over the store.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen; several addresses are separated by ';'.",
            DefaultValueFactory = _ => StorylineServer.DefaultUrl,
            HelpName = "URL",
        };
        var command = new Command(
            "serve",
            "Serve the stories, articles, people and search as web pages and a REST API (/api, OpenAPI at /openapi/v1.json). " +
            "The API is read-only unless the STORYLINE_API_KEY environment variable holds a key; POST /api/articles then " +
            $"needs it in the {ServerOptions.ApiKeyHeader} header.\n\nExample:\n  storyline serve --db storyline.db --urls http://127.0.0.1:5000")
        {
            database, urls,
        };
        command.SetAction(parse =>
        {
            StorylineServer.Build(["--urls", parse.GetValue(urls)!, $"--{ServerOptions.Section}:Database={parse.GetValue(database)}"]).Run();
            return ExitCodes.Success;
        });
        return command;
    }
}
