// The then property is read once, synchronously, when resolving; a throwing getter rejects.
var reads = 0;
var t = {};
Object.defineProperty(t, 'then', { get: function () { reads++; log('then read', reads); return function (res) { log('then called'); res('ok'); }; } });
var p = new Promise(function (res) { res(t); log('after resolve, reads', reads); });
p.then(function (v) { log('fulfilled', v, 'reads', reads); });
var bad = {};
Object.defineProperty(bad, 'then', { get: function () { throw new RangeError('getter'); } });
new Promise(function (res) { res(bad); log('after bad resolve'); }).catch(function (e) { log('caught', String(e)); });
var notFn = { then: 42 };
Promise.resolve(notFn).then(function (v) { log('fulfilled with object, then =', v.then); });
log('sync end');
