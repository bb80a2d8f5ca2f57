using Microsoft.AspNetCore.Mvc;

namespace NmZaMe.Web.BackOffice.Localization;

/// <summary>MVC's own messages for values it cannot bind (a key that is not a GUID, text for a number), in the user's language.</summary>
public static class ModelBindingMessages
{
    public static void AddBackOfficeModelBindingMessages(this IServiceCollection services) =>
        services.AddOptions<MvcOptions>().Configure<IHttpContextAccessor, BackOfficeDictionary>((options, accessor, dictionary) =>
        {
            string T(string text, params object?[] args) => new BackOfficeText(accessor, dictionary)[text, args];
            StrictBooleanBinder.Register(options);
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => T("Vnesena vrednost »{0}« ni veljavna.", value));
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => T("Vnesena vrednost »{0}« ni veljavna.", value));
            messages.SetUnknownValueIsInvalidAccessor(_ => T("Vnesena vrednost ni veljavna."));
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => T("Vnesena vrednost ni veljavna."));
            messages.SetValueIsInvalidAccessor(value => T("Vnesena vrednost »{0}« ni veljavna.", value));
            messages.SetValueMustBeANumberAccessor(_ => T("Tu je treba vpisati število."));
            messages.SetNonPropertyValueMustBeANumberAccessor(() => T("Tu je treba vpisati število."));
            messages.SetValueMustNotBeNullAccessor(_ => T("Manjka obvezna vrednost."));
            messages.SetMissingBindRequiredValueAccessor(_ => T("Manjka obvezna vrednost."));
            messages.SetMissingKeyOrValueAccessor(() => T("Manjka obvezna vrednost."));
            messages.SetMissingRequestBodyRequiredValueAccessor(() => T("Manjka obvezna vrednost."));
        });
}
