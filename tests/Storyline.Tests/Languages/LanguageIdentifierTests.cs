using Storyline.Documents;
using Storyline.Languages;
using Storyline.Pipeline;

namespace Storyline.Tests.Languages;

public class LanguageIdentifierTests
{
    [Theory]
    [InlineData("en", "The dam on the river burst before dawn on Friday, and the mayor said that the water was in the town within an hour.")]
    [InlineData("fr", "Le barrage a cédé avant l'aube vendredi, et le maire a dit que l'eau était dans la ville en moins d'une heure.")]
    [InlineData("de", "Der Damm ist am Freitag vor der Dämmerung gebrochen, und der Bürgermeister sagte, das Wasser sei in der Stadt gewesen.")]
    [InlineData("es", "La presa se rompió antes del amanecer del viernes, y el alcalde dijo que el agua llegó a la ciudad en una hora.")]
    [InlineData("pt", "A barragem rompeu antes do amanhecer de sexta-feira, e o prefeito disse que a água chegou à cidade em uma hora.")]
    [InlineData("it", "La diga è crollata prima dell'alba di venerdì, e il sindaco ha detto che l'acqua è arrivata nella città in un'ora.")]
    [InlineData("ru", "Плотина прорвалась на рассвете в пятницу, и мэр сказал, что вода была в городе уже через час, но никто не пострадал.")]
    [InlineData("uk", "Дамба прорвалася на світанку в п'ятницю, і мер сказав, що вода була в місті вже за годину, але ніхто не постраждав.")]
    [InlineData("ko", "금요일 새벽에 댐이 무너졌고 시장은 한 시간 만에 물이 도시에 들어왔다고 말했다.")]
    [InlineData("ja", "金曜日の夜明け前にダムが決壊し、市長は一時間以内に水が町に入ったと述べた。")]
    [InlineData("zh", "星期五黎明前大坝决堤，市长说一小时内洪水就进入了城镇。")]
    [InlineData("el", "Το φράγμα έσπασε πριν από την αυγή της Παρασκευής, είπε ο δήμαρχος.")]
    [InlineData("ar", "انهار السد قبل فجر يوم الجمعة وقال رئيس البلدية إن المياه وصلت إلى المدينة خلال ساعة.")]
    public void The_language_of_a_paragraph_is_told(string code, string text)
    {
        Assert.Equal(code, LanguageIdentifier.Identify(text));
    }

    [Fact]
    public void A_text_too_short_to_tell_gives_no_language()
    {
        Assert.Null(LanguageIdentifier.Identify("Medran 3, Valdor 1"));
    }

    [Fact]
    public void The_analysed_article_records_the_language_its_text_shows()
    {
        var page = new RawDocument("p", "p.html", "<html lang=\"en\"><body><p>Le barrage a cédé avant l'aube vendredi, et le maire a dit que l'eau était dans la ville.</p></body></html>", DocumentFormat.Html, DocumentHints.None);

        Assert.Equal("fr", new ArticleAnalyzer().Analyze(page).Article.Language);
    }

    [Fact]
    public void A_language_the_source_states_wins()
    {
        var text = new RawDocument("p", "p.txt", "Dam bursts\nThe dam burst before dawn on Friday and the water was in the town within the hour.", DocumentFormat.PlainText, new DocumentHints(Language: "nl"));

        Assert.Equal("nl", new ArticleAnalyzer().Analyze(text).Article.Language);
    }
}
