package looplab.engine.js;

import org.openjdk.nashorn.internal.objects.NativeUint8Array;
import org.openjdk.nashorn.internal.runtime.arrays.ArrayData;

/**
 * A {@code Uint8Array} of the current global holding a Latin-1 string's chars as bytes: how
 * bytes come back from the host (a file read into a Buffer, random bytes). A script loop
 * copying them char by char is interpreted each time, and in a grading worker it was also
 * compiled again for nearly every script: each fresh global relinks its call sites, which
 * throws the loop's compiled code away, so the JIT compiled the same loop anew (a tenth of
 * the compiler's time over a class of scripts reading a file). This loop is Java, compiled once.
 */
public final class Latin1Bytes {
    private Latin1Bytes() {
    }

    /** Must run while the script's global is the thread's current one (a native function's body). */
    public static Object toUint8Array(CharSequence latin1) {
        int n = latin1.length();
        NativeUint8Array bytes = NativeUint8Array.constructor(true, null, n);
        ArrayData data = bytes.getArray();
        for (int i = 0; i < n; i++) {
            data.set(i, latin1.charAt(i) & 0xff, false);
        }
        return bytes;
    }
}
