// Iterables of every kind.
Promise.all('xyz').then(function (v) { log('string', JSON.stringify(v)); });
Promise.race(new Set([Promise.resolve('set first'), 'second'])).then(function (v) { log('set race', v); });
var m = new Map(); m.set('a', 1); m.set('b', 2);
Promise.all(m).then(function (v) { log('map', JSON.stringify(v)); });
Promise.all(m.keys()).then(function (v) { log('map keys', JSON.stringify(v)); });
Promise.allSettled([1, 2, 3].entries()).then(function (v) { log('entries', JSON.stringify(v)); });
var custom = {};
custom[Symbol.iterator] = function () { var n = 0; return { next: function () { n++; return n <= 3 ? { value: n * 10, done: false } : { done: true }; } }; };
Promise.any(custom).then(function (v) { log('custom any', v); });
Promise.all(custom).then(function (v) { log('custom all', JSON.stringify(v)); });
