namespace Werkbrug.Matching.Engine;

/// <summary>
/// Keeps the best K of a stream: a binary min-heap whose root is the worst kept item. Order: higher score first,
/// then lower id (so equal scores always come out in the same order, whatever the scan order).
/// </summary>
internal sealed class TopK(int k)
{
    private readonly Item[] _items = new Item[k];
    private int _count;

    public readonly record struct Item(int Score, Guid Id, int Slot, int Index, float Distance);

    public bool IsFull => _count == k;

    /// <summary>The worst kept score (only meaningful when full).</summary>
    public int MinScore => _items[0].Score;

    public void Offer(int score, Guid id, int slot, int index, float distance)
    {
        var item = new Item(score, id, slot, index, distance);
        if (_count < k)
        {
            _items[_count] = item;
            SiftUp(_count++);
            return;
        }

        if (Better(item, _items[0]))
        {
            _items[0] = item;
            SiftDown(0);
        }
    }

    /// <summary>Best first.</summary>
    public List<Item> Sorted()
    {
        var list = _items.AsSpan(0, _count).ToArray().ToList();
        list.Sort((a, b) => Better(a, b) ? -1 : Better(b, a) ? 1 : 0);
        return list;
    }

    /// <summary>Whether <paramref name="a"/> ranks above <paramref name="b"/>.</summary>
    public static bool Better(in Item a, in Item b) => a.Score > b.Score || (a.Score == b.Score && a.Id.CompareTo(b.Id) < 0);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Better(_items[parent], _items[i]))
            {
                break;
            }

            (_items[parent], _items[i]) = (_items[i], _items[parent]);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var left = (2 * i) + 1;
            if (left >= _count)
            {
                return;
            }

            var worst = left;
            var right = left + 1;
            if (right < _count && Better(_items[left], _items[right]))
            {
                worst = right;
            }

            if (!Better(_items[i], _items[worst]))
            {
                return;
            }

            (_items[i], _items[worst]) = (_items[worst], _items[i]);
            i = worst;
        }
    }
}
