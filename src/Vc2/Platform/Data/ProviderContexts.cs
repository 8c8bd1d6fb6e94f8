using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Users;

namespace Vc2.Platform.Data;

/// <summary>The SQLite flavour of <see cref="Vc2Db"/>; its migrations are in src/Vc2.Migrations.Sqlite.</summary>
public sealed class SqliteVc2Db(DbContextOptions<SqliteVc2Db> options, CurrentUser user, TimeProvider? clock = null) : Vc2Db(options, user, clock);

/// <summary>The PostgreSQL flavour of <see cref="Vc2Db"/>; its migrations are in src/Vc2.Migrations.Postgres.</summary>
public sealed class PostgresVc2Db(DbContextOptions<PostgresVc2Db> options, CurrentUser user, TimeProvider? clock = null) : Vc2Db(options, user, clock);
