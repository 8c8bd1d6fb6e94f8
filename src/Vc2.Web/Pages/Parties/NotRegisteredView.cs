namespace Vc2.Web.Pages.Parties;

/// <summary>Where a company person no job centre has registered is told so, and who can register them (ADR 0028):
/// refused at a MitID Erhverv login, or signed in as a mentor or a company contact whose record is not (or no longer)
/// there. The partial <c>_NotRegistered</c> says it.</summary>
public enum NotRegisteredView
{
    Login,
    Mentor,
    Company,
}
