package looplab.engine.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import javax.script.ScriptEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openjdk.nashorn.api.scripting.ScriptObjectMirror;
import org.openjdk.nashorn.internal.objects.Global;
import org.openjdk.nashorn.internal.runtime.Context;

/**
 * A {@link HiddenSlot} holds a value on a script object that Java reads back and no script
 * can see: no listing, copy, inheritance or freeze shows it or takes it along.
 */
class HiddenSlotTest {
    /** What a script can learn of an object's own keys, in one line. */
    private static final String LISTINGS = "(function (o) { var forIn = []; for (var k in o) forIn.push(k);"
            + " return [Object.getOwnPropertyNames(o).length, Object.getOwnPropertySymbols(o).length,"
            + " Object.keys(o).length, forIn.length, JSON.stringify(o)].join(' '); })";

    /**
     * A new sandboxed engine whose global is made the thread's current one, as the loop
     * thread's is while the runtime calls the slot: a mirror is only unwrapped for its own
     * global.
     */
    private static ScriptEngine engine() throws Exception {
        ScriptEngine engine = Sandbox.newEngine();
        Field global = ScriptObjectMirror.class.getDeclaredField("global");
        global.setAccessible(true);
        Context.setGlobal((Global) global.get(engine.eval("this")));
        return engine;
    }

    @AfterEach
    void dropGlobal() {
        Context.setGlobal(null);
    }

    @Test
    void onlyJavaSeesTheSlot() throws Exception {
        ScriptEngine engine = engine();
        ScriptObjectMirror listings = (ScriptObjectMirror) engine.eval(LISTINGS);
        HiddenSlot slot = new HiddenSlot("Test");
        ScriptObjectMirror target = (ScriptObjectMirror) engine.eval("({})");
        ScriptObjectMirror record = (ScriptObjectMirror) engine.eval("({ state: 'kept' })");

        slot.attach(target, record);

        assertEquals("kept", ((ScriptObjectMirror) slot.get(target)).getMember("state"));
        assertEquals("0 0 0 0 {}", listings.call(null, target));
        ScriptObjectMirror copy = (ScriptObjectMirror) engine.eval("(function (o) { var c = {};"
                + " Object.getOwnPropertyNames(o).forEach(function (k) { c[k] = o[k]; }); return c; })");
        assertNull(slot.get(copy.call(null, target)), "a copy of the listed properties");
        ScriptObjectMirror heir = (ScriptObjectMirror) engine.eval("(function (o) { return Object.create(o); })");
        assertNull(slot.get(heir.call(null, target)), "an object inheriting from the holder");
    }

    @Test
    void frozenHolderKeepsItsSlotAndIsFrozen() throws Exception {
        ScriptEngine engine = engine();
        HiddenSlot slot = new HiddenSlot("Test");
        ScriptObjectMirror sealedHolder = (ScriptObjectMirror) engine.eval("({ a: 1 })");
        slot.attach(sealedHolder, "value");
        ScriptObjectMirror freeze = (ScriptObjectMirror) engine.eval(
                "(function (o) { Object.freeze(o); return Object.isFrozen(o) + ' ' + Object.isSealed(o); })");
        assertEquals("true true", freeze.call(null, sealedHolder));
        assertEquals("value", slot.get(sealedHolder));
        ScriptObjectMirror bare = (ScriptObjectMirror) engine.eval("({})");
        slot.attach(bare, "x");
        ScriptObjectMirror noExtend = (ScriptObjectMirror) engine.eval(
                "(function (o) { Object.preventExtensions(o); return Object.isFrozen(o); })");
        assertEquals(true, noExtend.call(null, bare), "the slot alone does not stop isFrozen");
    }

    @Test
    void manyShapesAndRepeatedReads() throws Exception {
        ScriptEngine engine = engine();
        HiddenSlot slot = new HiddenSlot("Test");
        // More shapes than the slot remembers, each read twice, in rotation.
        ScriptObjectMirror make = (ScriptObjectMirror) engine.eval(
                "(function (n) { var o = {}; for (var i = 0; i < n; i++) o['p' + i] = i; return o; })");
        Object[] holders = new Object[7];
        for (int i = 0; i < holders.length; i++) {
            holders[i] = make.call(null, i);
            slot.attach(holders[i], i);
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < holders.length; i++) {
                assertEquals(i, ((Number) slot.get(holders[i])).intValue());
            }
        }
        Object second = make.call(null, 3);
        slot.attach(second, "same shape");
        assertEquals("same shape", slot.get(second));
        assertEquals(3, ((Number) slot.get(holders[3])).intValue());
    }

    @Test
    void nonObjectsAndSecondAttach() throws Exception {
        ScriptEngine engine = engine();
        HiddenSlot slot = new HiddenSlot("Test");
        assertNull(slot.get("a string"));
        assertNull(slot.get(null));
        assertNull(slot.get(42));
        Object holder = engine.eval("({})");
        assertNull(slot.get(holder));
        slot.attach(holder, "first");
        assertThrows(IllegalArgumentException.class, () -> slot.attach(holder, "second"));
        assertThrows(IllegalArgumentException.class, () -> slot.attach("not an object", "x"));
        assertSame("first", slot.get(holder));
    }
}
