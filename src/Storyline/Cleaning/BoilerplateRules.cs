using System.Text.RegularExpressions;

namespace Storyline.Cleaning;

/// <summary>
/// The line rules for page furniture, kept as data: each class of boilerplate is one or more whole-line
/// patterns. Patterns are anchored at both ends so that a body sentence mentioning the same words is
/// never taken for furniture. The first rule that matches names the class, so the video rule
/// comes before the "Watch: ..." cross-reference.
/// </summary>
internal static class BoilerplateRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>Page furniture is short; a longer line is body text, and is not run through the rules,
    /// which keeps cleaning cheap for the long paragraphs that make up most of a page.</summary>
    private const int MaxFurnitureLength = 300;

    private const string PhotoAgencies =
        "getty images|afp|reuters|ap|ap photo|epa|epa-efe|anadolu(?: agency)?|shutterstock|alamy|xinhua|tass|sputnik|pa|pa media|dpa|ansa|efe|bloomberg";

    /// <summary>"Reporting by Petra Ulm in Medran": staff names only, capitalised (case-sensitive), so that
    /// a sentence such as "Reporting by the BBC suggested ..." stays in the body.</summary>
    private const string StaffCredit =
        @"(?:(?:additional )?reporting|writing|editing|compiled|produced) by (?-i:\p{Lu}[\p{L}'.-]*(?:(?:\s+|\s*,\s*|\s+and\s+|\s+in\s+)\p{Lu}[\p{L}'.-]*){0,11})";

    public static IReadOnlyList<BoilerplateRule> All { get; } =
    [
        Rule(BoilerplateKind.Weather, @"^[-+−]?\d{1,3}(?:[.,]\d+)?\s*°?\s*[CF](?:\s+\p{L}+){0,3}$"),
        Rule(BoilerplateKind.Navigation, @"^home(?:\s*[>»›/|]\s*[^>»›/|]{1,40}){1,6}$"),
        Rule(BoilerplateKind.Navigation, @"^[^>»›]{1,30}(?:\s*[>»›]\s*[^>»›]{1,30}){2,6}$"),
        Rule(BoilerplateKind.Navigation, @"^skip to (?:main )?content$"),

        Rule(BoilerplateKind.CommentForm, @"^leave a (?:comment|reply)(?:\s+cancel reply)?$"),
        Rule(BoilerplateKind.CommentForm, @"^(?:please )?enter your (?:comment|name|email|website)(?: address)?(?: here)?!?$"),
        Rule(BoilerplateKind.CommentForm, @"^your email address will not be published\.?(?:\s+required fields are marked \*)?$"),
        Rule(BoilerplateKind.CommentForm, @"^required fields are marked \*$"),
        Rule(BoilerplateKind.CommentForm, @"^this site uses akismet to reduce spam\..*$"),
        Rule(BoilerplateKind.CommentForm, @"^save my name,? email,? and website in this browser.*$"),
        Rule(BoilerplateKind.CommentForm, @"^(?:post (?:a )?comment|cancel reply|\d+ comments?|comments?|no comments(?: yet)?|add a comment)$"),
        Rule(BoilerplateKind.CommentForm, @"^you must be logged in to post a comment\.?$"),

        Rule(BoilerplateKind.VideoCaption, @"^(?:(?:watch|video)\s*:\s*)?[^.!?]{3,120}?\s+\(?\d{1,2}:\d{2}(?::\d{2})?\)?$"),

        Rule(BoilerplateKind.RelatedList, @"^(?:related|latest|most read|most popular|most viewed|popular|trending|recommended|top stories|more stories|more news|read next|you may also like|you might also like|editor'?s picks?)(?:\s+(?:articles?|news|stories|posts|content|now))?:?$", opensList: true),
        Rule(BoilerplateKind.RelatedList, @"^more (?:from|on|in) [\p{L} ]{1,30}:?$", opensList: true),
        Rule(BoilerplateKind.SeeAlso, @"^(?:see also|read also|also read|read more|related)\s*:?$", opensList: true),
        Rule(BoilerplateKind.SeeAlso, @"^(?:see also|read also|also read)\s*:?\s+\S.{0,200}$"),
        Rule(BoilerplateKind.SeeAlso, @"^(?:read more|related|watch)\s*:\s*\S.{0,200}$"),

        Rule(BoilerplateKind.RelativeTime, @"^(?:updated\s+)?(?:\d{1,3}|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week|month)s?\s+ago$", opensList: true),

        Rule(BoilerplateKind.Advertisement, @"^[-–—\s]*(?:advertisement|advertising|sponsored(?: content)?|promoted(?: content)?|paid content|ad|scroll to continue(?: with content)?)[-–—\s]*$"),

        Rule(BoilerplateKind.PhotoCredit, @"^(?:photo|photograph|image|picture|file photo|photo credit|credit)s?\s*(?:by\s+|:\s*|/\s*|courtesy(?: of)?\s+)[^.!?]{1,80}$"),
        Rule(BoilerplateKind.PhotoCredit, @"^(?:©|\(c\))\s*[^.!?]{1,80}$"),
        Rule(BoilerplateKind.PhotoCredit, @"^\((?:photo:?\s*)?[^()]{0,40}\b(?:" + PhotoAgencies + @")\)$"),
        Rule(BoilerplateKind.PhotoCredit, @"^[\p{L} .'-]{2,40}\s*/\s*(?:" + PhotoAgencies + @")(?:\s+via\s+getty images)?$"),

        Rule(BoilerplateKind.StaffCredit, @"^\(?" + StaffCredit + @"(?:\s*[;,]\s*" + StaffCredit + @")*\.?\)?\.?$"),

        Rule(BoilerplateKind.Social, @"^(?:stay connected|connect with us|follow us(?: on [\p{L} ,&]+)?|share(?: this)?(?: article| story| post| page)?(?: on [\p{L} ]+)?:?|share via:?|tweet|subscribe(?: now)?|sign up for our newsletter.*|subscribe to our newsletter.*)$"),
    ];

    /// <summary>The first rule that recognises the line, or null when the line is not furniture.</summary>
    public static BoilerplateRule? Match(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > MaxFurnitureLength)
        {
            return null;
        }

        foreach (var rule in All)
        {
            if (rule.Matches(line))
            {
                return rule;
            }
        }

        return null;
    }

    private static BoilerplateRule Rule(BoilerplateKind kind, string pattern, bool opensList = false) =>
        new(kind, new Regex(pattern, Options), opensList);
}
