using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Catalogue;
using NmZaMe.Cms.Nodes;

namespace NmZaMe.Cms.ReviewReminders;

public static class ReviewReminderRegistration
{
    /// <summary>The reminder pass, and its job on one node unless <see cref="ReviewOptions.ReminderCheckMinutes"/> is 0.</summary>
    public static IServiceCollection AddReviewReminders(this IServiceCollection services, ReviewOptions options)
    {
        services.AddSingleton<SendReviewReminders>();
        if (options.ReminderCheckMinutes > 0)
        {
            services.AddSingleNodeService<ReviewReminderJob>();
        }

        return services;
    }
}
