using Microsoft.Extensions.Localization;

namespace NmZaMe.Web.BackOffice.Localization;

/// <summary>
/// Makes MVC translate the Slovenian texts of validation attributes (<c>[Required(ErrorMessage = "…")]</c>,
/// <c>[Display(Name = "…")]</c>) with the back office's dictionary, in the signed-in user's language at the time of
/// the request (MVC caches the localizer, so it must not capture a user).
/// </summary>
public sealed class BackOfficeStringLocalizerFactory(IHttpContextAccessor accessor, BackOfficeDictionary dictionary) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new Localizer(accessor, dictionary);

    public IStringLocalizer Create(string baseName, string location) => new Localizer(accessor, dictionary);

    private sealed class Localizer(IHttpContextAccessor accessor, BackOfficeDictionary dictionary) : IStringLocalizer
    {
        public LocalizedString this[string name] => Translate(name, []);

        public LocalizedString this[string name, params object[] arguments] => Translate(name, arguments);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
            dictionary.English.Keys.Select(k => this[k]);

        private LocalizedString Translate(string name, object[] arguments)
        {
            var text = new BackOfficeText(accessor, dictionary);
            var value = arguments.Length == 0 ? text[name] : text[name, arguments];
            return new LocalizedString(name, value, resourceNotFound: value == name && text.IsEnglish);
        }
    }
}
