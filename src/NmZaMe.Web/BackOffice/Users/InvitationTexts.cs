using NmZaMe.Cms.Invitations;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Users;

/// <summary>The back office's words for the invitation use cases' codes.</summary>
public static class InvitationTexts
{
    public static string Error(InvitationError error, BackOfficeText T) => error switch
    {
        InvitationError.InvalidEmail => T["E-poštni naslov ni veljaven."],
        InvitationError.AlreadyUser => T["Uporabnik s tem e-poštnim naslovom že obstaja."],
        InvitationError.AlreadyInvited => T["Ta naslov že ima veljavno vabilo; pošljite ga znova s seznama vabil."],
        InvitationError.UnknownOrganisation => T["Izberite organizacijo s seznama."],
        InvitationError.UnknownGroup => T["Skupine urednikov organizacij ni; ustvarite jo znova."],
        InvitationError.NotFound => T["Tega vabila ni."],
        InvitationError.NotPending => T["Vabilo je že sprejeto ali preklicano."],
        InvitationError.Used => T["To vabilo je že uporabljeno. Če ste račun že ustvarili, se prijavite."],
        InvitationError.Revoked => T["To vabilo je preklicano. Za novo se obrnite na tistega, ki vas je povabil."],
        InvitationError.Expired => T["To vabilo je poteklo. Prosite tistega, ki vas je povabil, da ga pošlje znova."],
        InvitationError.Unknown => T["Te povezave ne poznamo. Preverite, ali ste jo iz sporočila prepisali v celoti."],
        _ => T["Vabila ni bilo mogoče uporabiti."],
    };

    public static string State(InvitationState state, BackOfficeText T) => state switch
    {
        InvitationState.Pending => T["čaka"],
        InvitationState.Accepted => T["sprejeto"],
        InvitationState.Revoked => T["preklicano"],
        _ => T["poteklo"],
    };
}
