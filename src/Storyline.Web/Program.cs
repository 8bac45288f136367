using Storyline.Web;

StorylineServer.Build(args).Run();
