package org.tidtam.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it: how much packed data an inflater has consumed so far. */
final class CountingInputStream extends FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) { super(in); }

    long count() { return count; }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count += b >= 0 ? 1 : 0;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        count += Math.max(0, n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() { return false; }
}
