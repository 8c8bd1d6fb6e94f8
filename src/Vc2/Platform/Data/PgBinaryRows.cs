using System.Buffers.Binary;
using System.Text;

namespace Vc2.Platform.Data;

/// <summary>
/// Rows in PostgreSQL's binary COPY format, written into a buffer and sent to a raw COPY stream
/// (<c>NpgsqlConnection.BeginRawBinaryCopyAsync</c>) a buffer at a time. For the one national bulk load, the register
/// weeks: Npgsql's row importer costs a call (and an await) per value, which on 2.5 million rows is as much as the
/// database's own work (ADR 0021). The format: a signature, flags and an empty header extension; per row the number of
/// fields, then each field's length and bytes in network order; -1 as the trailer
/// (https://www.postgresql.org/docs/current/sql-copy.html, "Binary Format").
/// </summary>
internal sealed class PgBinaryRows(Stream copy)
{
    private static readonly byte[] Signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];

    private readonly byte[] _buffer = new byte[1 << 16];
    private int _length;

    public void Header()
    {
        Signature.CopyTo(_buffer, 0);
        _length = Signature.Length;
        Int32Raw(0); // flags: no OIDs
        Int32Raw(0); // header extension: none
    }

    /// <summary>Starts a row of <paramref name="fields"/> values: makes room for the row first (at most
    /// <paramref name="maxBytes"/>), sending the buffer when it is full.</summary>
    public async ValueTask RowAsync(short fields, int maxBytes, CancellationToken ct)
    {
        if (_length + 2 + maxBytes > _buffer.Length)
        {
            await FlushAsync(ct);
        }

        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), fields);
        _length += 2;
    }

    public void Uuid(Guid value)
    {
        Int32Raw(16);
        value.TryWriteBytes(_buffer.AsSpan(_length), bigEndian: true, out _);
        _length += 16;
    }

    public void Int32(int value)
    {
        Int32Raw(4);
        Int32Raw(value);
    }

    /// <summary>A text value already encoded as UTF-8 (for values repeated on every row).</summary>
    public void Text(byte[] utf8)
    {
        Int32Raw(utf8.Length);
        utf8.CopyTo(_buffer, _length);
        _length += utf8.Length;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public async ValueTask EndAsync(CancellationToken ct)
    {
        if (_length + 2 > _buffer.Length)
        {
            await FlushAsync(ct);
        }

        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), -1);
        _length += 2;
        await FlushAsync(ct);
    }

    private async ValueTask FlushAsync(CancellationToken ct)
    {
        await copy.WriteAsync(_buffer.AsMemory(0, _length), ct);
        _length = 0;
    }

    private void Int32Raw(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), value);
        _length += 4;
    }
}
