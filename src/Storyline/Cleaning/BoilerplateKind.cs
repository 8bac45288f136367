namespace Storyline.Cleaning;

/// <summary>The classes of page furniture that scraped text carries beside the article.</summary>
public enum BoilerplateKind
{
    /// <summary>A weather reading in the page header ("-6.4 C", "12°C Cloudy").</summary>
    Weather,

    /// <summary>A breadcrumb or navigation trail ("Home › World › Europe").</summary>
    Navigation,

    /// <summary>A comment form and its prompts ("Leave a Reply", "Please enter your comment!").</summary>
    CommentForm,

    /// <summary>A header over a list of other headlines ("Related Articles", "Most read").</summary>
    RelatedList,

    /// <summary>A single cross-reference to another article ("See also ...", "Read more: ...").</summary>
    SeeAlso,

    /// <summary>A relative time stamp of a headline widget ("3 hours ago").</summary>
    RelativeTime,

    /// <summary>An advertisement marker ("- Advertisement -", "Sponsored").</summary>
    Advertisement,

    /// <summary>A photo credit ("Photo by X, Reuters", "Photo: AFP", "(Getty Images)").</summary>
    PhotoCredit,

    /// <summary>An embedded video title with its running time ("Watch: ... 02:31").</summary>
    VideoCaption,

    /// <summary>A staff credit closing wire copy ("(Reporting by X; Editing by Y)").</summary>
    StaffCredit,

    /// <summary>Social and newsletter prompts ("Stay Connected", "Follow us", "Share this").</summary>
    Social,
}
