using Storyline.Web;

StorylineServer.Build(args).Run();

/// <summary>The entry point, public so that endpoint tests can host the server.</summary>
public partial class Program;
