// Parameters are bound at the call: a generator throws from the call, an async function rejects.
function* g({a, b = thrower()}) { yield a; }
function thrower() { throw new Error('boom'); }
try { g({}); console.log('no throw'); } catch (e) { console.log('threw at call', e.message); }
var it = g({a: 1, b: 2}); console.log(it.next().value);
async function af({a} = null) { return a; }
var p = af(); console.log('returned', typeof p.then);
p.catch(function (e) { console.log('rejected', e instanceof TypeError); });
var ar = async ([x]) => x;
ar([5]).then(function (v) { console.log('arrow', v); });
ar(null).catch(function (e) { console.log('arrow rejected', e instanceof TypeError); });
class C { *m([x] = [1]) { yield x + this.k; } static async s({q}) { return q; } }
var c = new C(); c.k = 10; console.log(c.m().next().value);
try { c.m(null); console.log('no throw'); } catch (e) { console.log('method threw at call', e instanceof TypeError); }
C.s(undefined).catch(function (e) { console.log('static rejected', e instanceof TypeError); });
