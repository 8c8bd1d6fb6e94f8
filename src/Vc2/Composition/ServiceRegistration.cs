using Microsoft.Extensions.DependencyInjection;
using Vc2.Platform.Data;
using Vc2.Platform.Security;

namespace Vc2.Composition;

public static class ServiceRegistration
{
    /// <summary>Registers the database, the CPR protector and every use case (a public sealed class with a
    /// <c>RunAsync</c> method), so that a new slice needs no registration line.</summary>
    public static IServiceCollection AddVc2(this IServiceCollection services, DatabaseSettings database, CprKeyOptions cprKeys, CaseWork.FollowUps.CaseWorkOptions? caseWork = null, Money.Registers.RegisterOptions? registers = null, CaseWork.Progress.ProgressOptions? progress = null, Steering.Organisation.ProgrammeOptions? programme = null)
    {
        services.AddVc2Database(database);
        services.AddSingleton(new CprProtector(cprKeys));
        services.AddSingleton(TimeProvider.System);

        // One engine for the app: its ruleset is read and checked once.
        services.AddSingleton(new Rules.Engine.GrantEngine());
        services.AddSingleton<CentreMemo>();
        services.AddSingleton<Platform.Audit.AuditWriter>();
        services.AddSingleton(caseWork ?? new CaseWork.FollowUps.CaseWorkOptions());
        services.AddSingleton(registers ?? new Money.Registers.RegisterOptions());
        services.AddSingleton(progress ?? new CaseWork.Progress.ProgressOptions());
        services.AddSingleton(programme ?? new Steering.Organisation.ProgrammeOptions());

        // The progress instrument new measurements use: the newest version the agency published (ADR 0024).
        services.AddScoped<CaseWork.Progress.Instruments>();
        foreach (var type in typeof(ServiceRegistration).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsSealed: true, IsPublic: true, IsAbstract: false }
                                 && t.GetMethod("RunAsync") is not null))
        {
            services.AddScoped(type);
        }

        services.AddScoped<Platform.Users.FindUser>();
        services.AddScoped<Steering.Organisation.ReviewProjectPlan>();
        services.AddScoped<CaseWork.Agreements.DesignAgreementTemplate>();
        services.AddScoped<CaseWork.Progress.DesignInstrument>();
        services.AddScoped<Steering.Evaluation.WriteAssessment>();
        services.AddScoped<CaseWork.Parties.PartyAgreement>();
        services.AddScoped<CaseWork.Parties.PartyUsers>();
        services.AddScoped<Platform.Users.StaffDirectory>();
        services.AddScoped<CaseWork.WorkList.UndeliveredMessages>();
        services.AddScoped<CaseWork.Placements.CourseStatus>();
        services.AddScoped<Money.Registers.ImportRunners>();
        services.AddScoped<Money.Grants.IPaymentRecords, Money.Payments.PaymentRecords>();
        return services;
    }
}
