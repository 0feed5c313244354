// Resolving a promise with itself rejects with a TypeError.
var resolveIt;
var p = new Promise(function (res) { resolveIt = res; });
resolveIt(p);
p.catch(function (e) { log('A', e instanceof TypeError, e.message); });
var q = Promise.resolve().then(function () { return q; });
q.catch(function (e) { log('B', e.constructor.name, e.message); });
