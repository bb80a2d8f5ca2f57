using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace NmZaMe.Web.BackOffice.Localization;

/// <summary>
/// Binds <c>bool</c> only from <c>true</c>/<c>false</c>. Anything else is a model error without an attempted value: MVC's
/// own binder keeps the attempted value, and the checkbox tag helper then throws converting it back to bool while the
/// page re-renders (a 500 for <c>Confirm=x</c>).
/// </summary>
public sealed class StrictBooleanBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var values = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (values == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        // A checked checkbox posts "true" before its hidden "false"; the first value decides, as in MVC's binder.
        if (bool.TryParse(values.FirstValue?.Trim(), out var value))
        {
            bindingContext.Result = ModelBindingResult.Success(value);
            return Task.CompletedTask;
        }

        if (string.IsNullOrEmpty(values.FirstValue) && bindingContext.ModelMetadata.IsReferenceOrNullableType)
        {
            bindingContext.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }

        var messages = bindingContext.ModelMetadata.ModelBindingMessageProvider;
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, messages.UnknownValueIsInvalidAccessor(bindingContext.ModelMetadata.GetDisplayName()));
        bindingContext.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }

    public sealed class Provider : IModelBinderProvider
    {
        private static readonly StrictBooleanBinder Binder = new();

        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.UnderlyingOrModelType == typeof(bool) && !context.Metadata.IsComplexType ? Binder : null;
    }

    public static void Register(MvcOptions options) => options.ModelBinderProviders.Insert(0, new Provider());
}
