package org.parley.store.search;

import java.io.IOException;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default codec with stored fields kept uncompressed.
 *
 * <p>Every search reads the stored text of each hit it shows, for the snippet. Lucene compresses stored fields in
 * chunks with a shared dictionary, so reading one hit decompressed the dictionary and the sub-block around it, tens of
 * kilobytes per hit; under a 50-client load that was half of a search's CPU (JFR samples of LoadMain). Uncompressed,
 * reading a hit copies its own bytes. The index grows by the size of the texts, which the database holds anyway; the
 * postings, the rest of the index, stay as they were.
 *
 * <p>Registered for Lucene's codec lookup in {@code META-INF/services}, so indexes written with it open by name;
 * segments written with the default codec before stay readable, and merges rewrite them with this one.
 */
public final class SearchCodec extends FilterCodec {
    static final String NAME = "ParleySearch103";
    private static final StoredFieldsFormat STORED = new Lucene90CompressingStoredFieldsFormat(
            "ParleyStoredFieldsRaw", Raw.MODE, 16 * 1024, 64, 10);

    /** For Lucene's service loader; use {@link SearchIndex}, which sets it on its writer. */
    public SearchCodec() {
        super(NAME, new Lucene103Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return STORED;
    }

    /** A compression mode that copies bytes as they are. */
    private static final class Raw extends CompressionMode {
        static final Raw MODE = new Raw();

        @Override
        public Compressor newCompressor() {
            return new Compressor() {
                @Override
                public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
                    out.copyBytes(in, in.length());
                }

                @Override
                public void close() {
                    // holds nothing
                }
            };
        }

        @Override
        public Decompressor newDecompressor() {
            return new Decompressor() {
                @Override
                public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes) throws IOException {
                    if (offset < 0 || length < 0 || offset + length > originalLength) {
                        throw new CorruptIndexException("stored bytes [" + offset + ", " + (offset + length)
                                + ") lie outside a block of " + originalLength, in);
                    }
                    in.skipBytes(offset);
                    bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
                    in.readBytes(bytes.bytes, 0, length);
                    bytes.offset = 0;
                    bytes.length = length;
                }

                @Override
                public Decompressor clone() {
                    return this;
                }
            };
        }

        @Override
        public String toString() {
            return "uncompressed";
        }
    }
}
