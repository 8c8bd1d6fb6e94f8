namespace Vc2.Platform.Data;

/// <summary>
/// Orders uuids as the databases do: PostgreSQL compares a uuid's 16 bytes in big-endian (RFC 9562) order, and SQLite
/// compares the upper-case text EF stores, which orders the same. .NET's own <see cref="Guid.CompareTo(Guid)"/> does not
/// (its first three fields are compared as numbers). For writing rows in the order of an index.
/// </summary>
public static class UuidOrder
{
    public static int Compare(Guid a, Guid b)
    {
        Span<byte> x = stackalloc byte[16];
        Span<byte> y = stackalloc byte[16];
        a.TryWriteBytes(x, bigEndian: true, out _);
        b.TryWriteBytes(y, bigEndian: true, out _);
        return x.SequenceCompareTo(y);
    }
}
