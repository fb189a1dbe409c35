using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Werkbrug.Web.Infrastructure.Errors;

/// <summary>
/// How a form's input reaches a handler, in one place for every page:
/// <list type="bullet">
/// <item>MVC only binds; it does not validate. Handlers validate their commands (<see cref="InputValidator"/>) so
/// pages and API give the same messages, and model state holds nothing but the binder's own messages in Dutch
/// ("De waarde ‘abc’ is ongeldig"), which nobody has to clear.</item>
/// <item>On a post, the fields the binder could not read travel with the request to <see cref="InputValidator"/>
/// (<see cref="Failures"/>), so the handler refuses the command instead of saving an empty value, and the form shows
/// the binder's message rather than "verplicht".</item>
/// <item>The route values Razor Pages adds for itself ("page", "handler") are not offered to binding, so a filter
/// property named Page binds the query string's page number, not "/Employers/Index".</item>
/// </list>
/// </summary>
public static class FormBinding
{
    private static readonly AsyncLocal<IReadOnlySet<string>?> Current = new();

    private static readonly HashSet<string> None = [];

    /// <summary>The fields of this request's form that did not bind, named within the form ("Hours").</summary>
    public static IReadOnlySet<string> Failures => Current.Value ?? None;

    public static IServiceCollection AddFormBinding(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IObjectModelValidator, BindOnly>());
        services.Configure<MvcOptions>(o =>
        {
            o.Filters.Add<FailuresFilter>();
            var route = o.ValueProviderFactories.OfType<RouteValueProviderFactory>().FirstOrDefault();
            if (route is not null)
            {
                o.ValueProviderFactories[o.ValueProviderFactories.IndexOf(route)] = new RouteValuesExceptPageRouting();
            }
        });
        return services;
    }

    private sealed class BindOnly : IObjectModelValidator
    {
        public void Validate(ActionContext actionContext, ValidationStateDictionary? validationState, string prefix, object? model)
        {
        }
    }

    private sealed class FailuresFilter : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            if (HttpMethods.IsGet(context.HttpContext.Request.Method) || context.ModelState.ErrorCount == 0)
            {
                await next();
                return;
            }

            // "Input.Hours" → "Hours": the handler's command is the form's model, named without its prefix.
            Current.Value = context.ModelState
                .Where(e => e.Value is { ValidationState: ModelValidationState.Invalid } && e.Key.Contains('.', StringComparison.Ordinal))
                .Select(e => e.Key[(e.Key.IndexOf('.', StringComparison.Ordinal) + 1)..])
                .ToHashSet();
            try
            {
                await next();
            }
            finally
            {
                Current.Value = null;
            }
        }
    }

    private sealed class RouteValuesExceptPageRouting : IValueProviderFactory
    {
        private static readonly string[] PageRouting = ["page", "handler"];

        public Task CreateValueProviderAsync(ValueProviderFactoryContext context)
        {
            var values = new RouteValueDictionary(context.ActionContext.RouteData.Values);
            foreach (var key in PageRouting)
            {
                values.Remove(key);
            }

            context.ValueProviders.Add(new RouteValueProvider(BindingSource.Path, values));
            return Task.CompletedTask;
        }
    }
}
