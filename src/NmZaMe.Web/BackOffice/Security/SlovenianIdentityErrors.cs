using Microsoft.AspNetCore.Identity;

namespace NmZaMe.Web.BackOffice.Security;

/// <summary>Identity's messages in Slovenian, for the ones a back-office user can meet.</summary>
public sealed class SlovenianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Geslo mora imeti vsaj {length} znakov." };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Trenutno geslo ni pravilno." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Uporabnik z naslovom {userName} že obstaja." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"Uporabnik z naslovom {email} že obstaja." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = "E-poštni naslov ni veljaven." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = "Uporabniško ime (e-poštni naslov) vsebuje nedovoljene znake." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Uporabnika je medtem spremenil nekdo drug. Osvežite stran in poskusite znova." };
}
