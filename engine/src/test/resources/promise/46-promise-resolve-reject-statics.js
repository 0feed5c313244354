// Promise.resolve / Promise.reject details.
var p = Promise.resolve(1);
log('resolve(p) === p', Promise.resolve(p) === p);
log('reject(p) !== p', Promise.reject(p) !== p);
Promise.reject(p).catch(function (e) { log('reject reason is p', e === p); });
var r = Promise.resolve({ then: function (f, rej) { rej('thenable rejects'); } });
r.catch(function (e) { log('resolve(thenable) rejected', e); });
Promise.resolve(undefined).then(function (v) { log('undefined', v); });
Promise.resolve(Object(5)).then(function (v) { log('boxed', typeof v, v + 0); });
var fnThenable = function () {};
fnThenable.then = function (f) { f('function thenable'); };
Promise.resolve(fnThenable).then(function (v) { log(v); });
var prim = Promise.resolve('str');
prim.then(function (v) { log('string', v); });
