namespace Patchwarden.Core.Evaluation;

/// <summary>Writes a candidate id into a caller's buffer without allocating; callers size the buffer so that every form fits.</summary>
internal ref struct SpanBuilder(Span<char> buffer)
{
    private readonly Span<char> buffer = buffer;
    private int length;

    public readonly bool Fits => length <= buffer.Length;

    /// <summary>What was written; nothing when it did not fit, so that a cut-off id can never match an entry by accident.</summary>
    public readonly ReadOnlySpan<char> Text => Fits ? buffer[..length] : ReadOnlySpan<char>.Empty;

    public SpanBuilder Append(ReadOnlySpan<char> text)
    {
        if (length + text.Length <= buffer.Length)
        {
            text.CopyTo(buffer[length..]);
        }

        length += text.Length;
        return this;
    }

    public SpanBuilder Append(char c)
    {
        if (length < buffer.Length)
        {
            buffer[length] = c;
        }

        length++;
        return this;
    }
}
