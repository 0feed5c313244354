// Two chains of then on already-resolved promises interleave one step per tick.
var a = Promise.resolve('a');
var b = Promise.resolve('b');
a.then(function (v) { log(v, 1); return v; })
 .then(function (v) { log(v, 2); return v; })
 .then(function (v) { log(v, 3); });
b.then(function (v) { log(v, 1); return v; })
 .then(function (v) { log(v, 2); return v; })
 .then(function (v) { log(v, 3); });
log('sync end');
