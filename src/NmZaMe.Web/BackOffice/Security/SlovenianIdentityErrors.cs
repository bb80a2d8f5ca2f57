using Microsoft.AspNetCore.Identity;
using NmZaMe.Web.BackOffice.Localization;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>Identity's messages a back-office user can meet, in the signed-in user's language (Slovenian by default).</summary>
public sealed class SlovenianIdentityErrors(BackOfficeText T) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = T["Geslo mora imeti vsaj {0} znakov.", length] };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = T["Trenutno geslo ni pravilno."] };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = T["Uporabnik z naslovom {0} že obstaja.", userName] };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = T["Uporabnik z naslovom {0} že obstaja.", email] };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = T["E-poštni naslov ni veljaven."] };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = T["Uporabniško ime (e-poštni naslov) vsebuje nedovoljene znake."] };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = T["Uporabnika je medtem spremenil nekdo drug. Osvežite stran in poskusite znova."] };
}
