// What user code can see of promises and the Promise API.
var p = Promise.resolve(1);
var keys = [];
for (var k in p) keys.push(k);
log('for-in', keys.length, 'keys', Object.keys(p).length, 'names', Object.getOwnPropertyNames(p).length, 'json', JSON.stringify(p));
log('typeof', typeof p, typeof Promise, p instanceof Promise, Object.getPrototypeOf(p) === Promise.prototype, p.constructor === Promise);
// (Nashorn function objects also carry own 'arguments' and 'caller', and without
// Symbol.toStringTag Promise.prototype gets its own toString: leave them out)
function names(o) { return Object.getOwnPropertyNames(o).filter(function (n) { return n !== 'arguments' && n !== 'caller' && n !== 'toString'; }).sort().join(','); }
log('Promise names', names(Promise));
log('prototype names', names(Promise.prototype));
log('lengths', Promise.length, Promise.prototype.then.length, Promise.prototype.catch.length, Promise.prototype.finally.length,
    Promise.resolve.length, Promise.reject.length, Promise.all.length, Promise.allSettled.length, Promise.any.length, Promise.race.length);
log('names', Promise.name, Promise.prototype.then.name, Promise.all.name, Promise.resolve.name);
var d = Object.getOwnPropertyDescriptor(Promise.prototype, 'then');
log('then descriptor', d.writable, d.enumerable, d.configurable);
var pd = Object.getOwnPropertyDescriptor(Promise, 'prototype');
log('prototype descriptor', pd.writable, pd.enumerable, pd.configurable);
var sk = []; for (var s in Promise) sk.push(s);
log('enumerable statics', sk.length);
log('withResolvers', typeof Promise.withResolvers);
