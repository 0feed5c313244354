// Promise.all/race/any/allSettled look up this.resolve once and call it per element.
var orig = Promise.resolve;
var calls = [];
Promise.resolve = function (v) { calls.push(String(v)); return orig.call(this, v); };
Promise.all([1, 2]).then(function (v) { log('all', JSON.stringify(v), 'calls', calls.join(',')); });
Promise.race(['a']).then(function (v) { log('race', v); });
Promise.any(['b']).then(function (v) { log('any', v); });
Promise.allSettled(['c']).then(function (v) { log('allSettled', v.length); });
log('sync calls', calls.join(','));
Promise.resolve = orig;
