// An empty object pattern still requires an object: null and undefined throw a TypeError.
function f({}) { return 'ok'; }
try { f(); console.log('no'); } catch (e) { console.log(e.constructor.name); }
console.log(f({}), f(1));
class C { static *m({} = null) {} m2({}, [], {}) { return 2; } }
try { C.m(); console.log('no'); } catch (e) { console.log(e.constructor.name); }
console.log(new C().m2({}, [], 0));
var x; try { ({} = null); } catch (e) { console.log('assign', e.constructor.name); }
try { const {} = undefined; } catch (e) { console.log('const', e.constructor.name); }
for (const {} of [1, 2]) console.log('of');
var g = function ([{}]) {}; try { g([null]); } catch (e) { console.log('nested', e.constructor.name); }
