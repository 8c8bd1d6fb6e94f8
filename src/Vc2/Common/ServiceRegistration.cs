using Microsoft.Extensions.DependencyInjection;
using Vc2.Data;
using Vc2.Security;

namespace Vc2.Common;

public static class ServiceRegistration
{
    /// <summary>Registers the database, the CPR protector and every use case (a public sealed class with a
    /// <c>RunAsync</c> method), so that a new slice needs no registration line.</summary>
    public static IServiceCollection AddVc2(this IServiceCollection services, DatabaseSettings database, CprKeyOptions cprKeys, FollowUps.CaseWorkOptions? caseWork = null, Registers.RegisterOptions? registers = null, Progress.ProgressOptions? progress = null, Organisation.ProgrammeOptions? programme = null)
    {
        services.AddVc2Database(database);
        services.AddSingleton(new CprProtector(cprKeys));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(caseWork ?? new FollowUps.CaseWorkOptions());
        services.AddSingleton(registers ?? new Registers.RegisterOptions());
        services.AddSingleton(progress ?? new Progress.ProgressOptions());
        services.AddSingleton(programme ?? new Organisation.ProgrammeOptions());

        // The progress instruments are read and checked here, at start: a broken definition stops the app with its problems.
        services.AddSingleton<IReadOnlyList<Progress.Instrument>>(Progress.InstrumentLoader.Shipped());
        foreach (var type in typeof(ServiceRegistration).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsSealed: true, IsPublic: true, IsAbstract: false }
                                 && t.GetMethod("RunAsync") is not null))
        {
            services.AddScoped(type);
        }

        services.AddScoped<Users.FindUser>();
        services.AddScoped<Users.StaffDirectory>();
        services.AddScoped<Placements.CourseStatus>();
        return services;
    }
}
