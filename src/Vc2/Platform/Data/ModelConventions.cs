using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Vc2.Platform.Data;

/// <summary>What every entity shares, applied after the entities' own configuration.</summary>
internal static class ModelConventions
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var type in modelBuilder.Model.GetEntityTypes())
        {
            // An editable record's version is its optimistic concurrency token (the context raises it on every save).
            if (typeof(IVersioned).IsAssignableFrom(type.ClrType))
            {
                modelBuilder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }

            // Ids are made in code (Guid v7); telling EF so makes a new record reached through a navigation an insert.
            if (type.FindPrimaryKey()?.Properties is [{ ClrType: var keyType } key] && keyType == typeof(Guid))
            {
                key.ValueGenerated = ValueGenerated.Never;
            }
        }
    }
}
