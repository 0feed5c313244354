package looplab.engine.js;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.nashorn.internal.objects.Global;
import org.openjdk.nashorn.internal.runtime.Undefined;

/**
 * The entries a Map or Set iterator has yet to give, read without advancing it: what V8's
 * {@code previewEntries} gives Node's {@code util.inspect}, so that
 * {@code console.log(map.keys())} prints {@code [Map Iterator] { 'a', 'b' }} as Node does.
 *
 * <p>Nashorn offers no such preview, so this reads its iterator's state (a cursor into the
 * collection's linked list of entries) the way the iterator's own {@code next} walks it, without
 * moving the cursor. Should a Nashorn version lay its classes out differently, the preview is
 * simply not available and the iterator prints without its entries.
 */
public final class IteratorPeek {
    private static final Fields FIELDS = Fields.find();

    private IteratorPeek() {
    }

    /**
     * For a Map or Set iterator, a script array: first whether its entries are key/value pairs,
     * then the entries still to come, flattened ({@code [true, k1, v1, k2, v2]} or
     * {@code [false, v1, v2]}). {@code undefined} for anything else.
     */
    public static Object entries(Object value) {
        if (FIELDS == null || !(FIELDS.mapIterator.isInstance(value) || FIELDS.setIterator.isInstance(value))) {
            return Undefined.getUndefined();
        }
        try {
            boolean ofMap = FIELDS.mapIterator.isInstance(value);
            Field iteratorField = ofMap ? FIELDS.mapIteratorCursor : FIELDS.setIteratorCursor;
            Field kindField = ofMap ? FIELDS.mapIteratorKind : FIELDS.setIteratorKind;
            String kind = String.valueOf(kindField.get(value));
            boolean keyValue = "KEY_VALUE".equals(kind);
            List<Object> out = new ArrayList<>();
            out.add(keyValue);
            Object iterator = iteratorField.get(value);
            if (iterator != null) {
                Object head = FIELDS.head.get(FIELDS.owner.get(iterator));
                Object node = FIELDS.cursor.get(iterator);
                while (node != null) {
                    // As LinkedMapIterator.next: back off deleted entries, then step forward.
                    while (!FIELDS.alive.getBoolean(node)) {
                        node = FIELDS.prev.get(node);
                    }
                    node = FIELDS.next.get(node);
                    if (node == head) {
                        break;
                    }
                    Object key = FIELDS.key.get(node);
                    Object val = ofMap ? FIELDS.value.get(node) : key;
                    if (keyValue) {
                        out.add(key);
                        out.add(val);
                    } else {
                        out.add("VALUE".equals(kind) ? val : key);
                    }
                }
            }
            return Global.allocate(out.toArray());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Undefined.getUndefined();
        }
    }

    /** The private fields read, found once; {@code null} when this Nashorn has other ones. */
    private record Fields(Class<?> mapIterator, Class<?> setIterator, Field mapIteratorCursor,
                          Field mapIteratorKind, Field setIteratorCursor, Field setIteratorKind,
                          Field cursor, Field owner, Field head, Field alive, Field prev, Field next,
                          Field key, Field value) {
        static Fields find() {
            try {
                String pkg = "org.openjdk.nashorn.internal.objects.";
                Class<?> mapIterator = Class.forName(pkg + "MapIterator");
                Class<?> setIterator = Class.forName(pkg + "SetIterator");
                Class<?> linkedMap = Class.forName(pkg + "LinkedMap");
                Class<?> linkedIterator = Class.forName(pkg + "LinkedMap$LinkedMapIterator");
                Class<?> node = Class.forName(pkg + "LinkedMap$Node");
                return new Fields(mapIterator, setIterator,
                        open(mapIterator, "iterator"), open(mapIterator, "iterationKind"),
                        open(setIterator, "iterator"), open(setIterator, "iterationKind"),
                        open(linkedIterator, "cursor"), open(linkedIterator, "this$0"),
                        open(linkedMap, "head"), open(node, "alive"), open(node, "prev"),
                        open(node, "next"), open(node, "key"), open(node, "value"));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        private static Field open(Class<?> owner, String name) throws NoSuchFieldException {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        }
    }
}
