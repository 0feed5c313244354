package looplab.engine.js.lower;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FunctionNamesTest {

    private static String lower(String code) {
        return Lowering.transform("a.js", code);
    }

    @Test
    void classesAndTheirMethodsKeepTheirNames() {
        String out = lower("class Shape { area() { return 0; } static of() {} }");
        assertTrue(out.contains("var Shape=$jscomp.looplabClass(function Shape("), out);
        assertTrue(out.contains("$jscomp.looplabMethod(Shape.prototype,\"area\",function area("), out);
        assertTrue(out.contains("function of("), out);
    }

    @Test
    void arrowsAndShorthandMethodsAreNamedAsInES2015() {
        String out = lower("const f = () => this;\nconst o = { m() { return 1; } };");
        assertTrue(out.contains("var f=function f("), out);
        assertTrue(out.contains("m:function m("), out);
    }

    @Test
    void aNameTheBodyMentionsIsLeftOut() {
        String out = lower("const log = (s) => s;\nconst o = { log() { return log(1); } };");
        assertFalse(out.contains("function log(){return log"), out);
    }

    @Test
    void anInstanceFieldHoldingAFunctionStaysAnOrdinaryProperty() {
        String out = lower("class A { f = () => 1; }");
        assertTrue(out.contains("this.f=function f("), out);
        assertFalse(out.contains("looplabMethod(this"), out);
    }

    @Test
    void staticInitializersLeaveNoPropertyBehind() {
        String out = lower("class A { static x = 1; static { A.y = 2; } }");
        assertTrue(out.contains("A.x=$jscomp.looplabStaticInit(A,\"$jscomp$static$init$"), out);
        assertTrue(out.contains("$jscomp.looplabStaticInit(A,\"$jscomp$static$block$"), out);
        assertFalse(out.contains("A.$jscomp$static$init"), out);
    }

    @Test
    void aLiteralWithAnAccessorBeforeADataPropertyKeepsItsOrder() {
        String out = lower("const o = { get a() { return 1; }, set a(v) {}, b: 2 };");
        assertTrue(out.contains("$jscomp.looplabOrder({get a(){"), out);
        assertTrue(out.contains("},[\"a\",\"b\"])"), out);
        assertFalse(lower("const o = { b: 2, get a() { return 1; } };").contains("looplabOrder"));
    }

    @Test
    void es5MethodAssignmentsStayAnonymous() {
        String out = lower("function F() {}\nF.prototype.m = function () { return [...arguments]; };");
        assertTrue(out.contains("F.prototype.m=function("), out);
    }

    @Test
    void aFunctionThatReassignsItsVariableStaysAnonymous() {
        String out = lower("let get = () => { const c = [...'ab']; get = () => c; return c; };");
        assertTrue(out.contains("var get=function(){"), out);
    }
}
