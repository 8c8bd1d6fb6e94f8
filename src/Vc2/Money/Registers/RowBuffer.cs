namespace Vc2.Money.Registers;

/// <summary>The rows an import keeps until every line is read: a growing array that is sorted and written in place
/// (a <see cref="List{T}"/> would have to be copied to be written in slices).</summary>
internal sealed class RowBuffer<TValue>
    where TValue : struct
{
    private RegisterRow<TValue>[] _rows = new RegisterRow<TValue>[4096];

    public int Count { get; private set; }

    public void Add(RegisterRow<TValue> row)
    {
        if (Count == _rows.Length)
        {
            Array.Resize(ref _rows, _rows.Length * 2);
        }

        _rows[Count++] = row;
    }

    public Span<RegisterRow<TValue>> Span => _rows.AsSpan(0, Count);

    public ArraySegment<RegisterRow<TValue>> Slice(int start, int count) => new(_rows, start, count);
}
