namespace Storyline.Cleaning;

/// <summary>
/// A dateline credit opening a paragraph ("Kiev, Ucrania (CNN) — ", "WASHINGTON, Dec 3 (Reuters) - ",
/// "(Moscow) ") or standing on its own line ("Geneva – AFP"). <see cref="Length"/> is how many
/// characters of the line the credit takes, separators included.
/// </summary>
internal sealed record DatelineCredit(string? Place, string? Outlet, int? Month, int? Day, int Length);
