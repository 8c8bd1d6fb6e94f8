using Microsoft.EntityFrameworkCore.Design;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.Platform.Data.Migrations.Postgres;

/// <summary>Used by <c>dotnet ef migrations add … --project src/Vc2.Migrations.Postgres</c> only; it never connects.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PostgresVc2Db>
{
    public PostgresVc2Db CreateDbContext(string[] args) =>
        (PostgresVc2Db)DatabaseSetup.CreateContext(new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=vc2_design"), new CurrentUser());
}
