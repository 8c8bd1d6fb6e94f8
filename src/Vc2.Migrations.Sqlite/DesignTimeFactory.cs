using Microsoft.EntityFrameworkCore.Design;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.Platform.Data.Migrations.Sqlite;

/// <summary>Used by <c>dotnet ef migrations add … --project src/Vc2.Migrations.Sqlite</c> only; it never connects.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SqliteVc2Db>
{
    public SqliteVc2Db CreateDbContext(string[] args) =>
        (SqliteVc2Db)DatabaseSetup.CreateContext(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db"), new CurrentUser());
}
