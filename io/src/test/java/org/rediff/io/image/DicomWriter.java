package org.rediff.io.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes PET slices as DICOM Part 10 files, Explicit VR Little Endian (PS3.5 §7.1.2, §A.2), for the reader's
 * tests: the test makes its own inputs, with the vendor differences it needs (tags present or missing, signed or
 * unsigned pixels, slope per slice).
 */
final class DicomWriter {
    private final Map<Integer, byte[]> elements = new TreeMap<>();
    private final Map<Integer, String> vrs = new TreeMap<>();

    static int tag(int group, int element) {
        return (group << 16) | element;
    }

    DicomWriter text(int tag, String vr, String value) {
        String v = value;
        if (v.length() % 2 == 1) {
            v = v + (vr.equals("UI") ? "\0" : " ");
        }
        elements.put(tag, v.getBytes(StandardCharsets.US_ASCII));
        vrs.put(tag, vr);
        return this;
    }

    DicomWriter us(int tag, int value) {
        elements.put(tag, ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) value).array());
        vrs.put(tag, "US");
        return this;
    }

    /** A sequence with one item of text elements (tag → "VR:value"). */
    DicomWriter sequence(int tag, Map<Integer, String> item) throws IOException {
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<Integer, String> e : new TreeMap<>(item).entrySet()) {
            final String[] vrValue = e.getValue().split(":", 2);
            String v = vrValue[1];
            if (v.length() % 2 == 1) {
                v = v + " ";
            }
            writeElement(body, e.getKey(), vrValue[0], v.getBytes(StandardCharsets.US_ASCII));
        }
        final ByteBuffer itemHeader = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        itemHeader.putShort((short) 0xFFFE).putShort((short) 0xE000).putInt(body.size());
        final ByteArrayOutputStream seq = new ByteArrayOutputStream();
        seq.write(itemHeader.array());
        seq.write(body.toByteArray());
        elements.put(tag, seq.toByteArray());
        vrs.put(tag, "SQ");
        return this;
    }

    DicomWriter pixels(int rows, int columns, short[] values, boolean signed) {
        us(tag(0x0028, 0x0002), 1).text(tag(0x0028, 0x0004), "CS", "MONOCHROME2")
                .us(tag(0x0028, 0x0010), rows).us(tag(0x0028, 0x0011), columns).us(tag(0x0028, 0x0100), 16)
                .us(tag(0x0028, 0x0101), 16).us(tag(0x0028, 0x0102), 15).us(tag(0x0028, 0x0103), signed ? 1 : 0);
        final ByteBuffer b = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short v : values) {
            b.putShort(v);
        }
        elements.put(tag(0x7FE0, 0x0010), b.array());
        vrs.put(tag(0x7FE0, 0x0010), "OW");
        return this;
    }

    void write(Path file) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[128]);
        out.write("DICM".getBytes(StandardCharsets.US_ASCII));
        final ByteArrayOutputStream meta = new ByteArrayOutputStream();
        writeElement(meta, tag(0x0002, 0x0001), "OB", new byte[] {0, 1});
        writeElement(meta, tag(0x0002, 0x0002), "UI", pad("1.2.840.10008.5.1.4.1.1.128")); // PET image storage
        writeElement(meta, tag(0x0002, 0x0003), "UI", pad("1.2.826.0.1.3680043.10.1"));
        writeElement(meta, tag(0x0002, 0x0010), "UI", pad("1.2.840.10008.1.2.1"));
        final ByteBuffer length = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(meta.size());
        writeElement(out, tag(0x0002, 0x0000), "UL", length.array());
        out.write(meta.toByteArray());
        for (Map.Entry<Integer, byte[]> e : elements.entrySet()) {
            writeElement(out, e.getKey(), vrs.get(e.getKey()), e.getValue());
        }
        Files.write(file, out.toByteArray());
    }

    private static byte[] pad(String uid) {
        return (uid.length() % 2 == 1 ? uid + "\0" : uid).getBytes(StandardCharsets.US_ASCII);
    }

    private static void writeElement(ByteArrayOutputStream out, int tag, String vr, byte[] value) throws IOException {
        final boolean longForm = vr.equals("OB") || vr.equals("OW") || vr.equals("SQ") || vr.equals("UN")
                || vr.equals("UT");
        final ByteBuffer h = ByteBuffer.allocate(longForm ? 12 : 8).order(ByteOrder.LITTLE_ENDIAN);
        h.putShort((short) (tag >>> 16)).putShort((short) (tag & 0xFFFF));
        h.put(vr.getBytes(StandardCharsets.US_ASCII));
        if (longForm) {
            h.putShort((short) 0).putInt(value.length);
        } else {
            h.putShort((short) value.length);
        }
        out.write(h.array());
        out.write(value);
    }
}
