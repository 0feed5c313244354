// A field without an initializer is defined (undefined); defaults and generators get their written names.
var k = Symbol('k');
class A { a; [k]; b = 2; }
var a = new A();
console.log(Object.keys(a), a.hasOwnProperty('a'), a.a, a.hasOwnProperty(k));
var [arrow = () => {}] = [];
var { fn = function () {}, xFn = (0, function () {}), gen = function* () { yield 1; } } = {};
function f(p = function () {}, [q = () => 1] = []) { return [p.name, q.name]; }
console.log(arrow.name, fn.name, JSON.stringify(xFn.name), gen.name, gen().next().value, f());
class G { *method() { yield 2; } static *s() {} }
var o = { *om() {} };
console.log(G.prototype.method.name, G.s.name, o.om.name, new G().method().next().value);
var x = 0, y = x === void 0 ? function () {} : x;
