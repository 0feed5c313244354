// Reactions on one promise run in registration order, before reactions added later.
var resolve;
var p = new Promise(function (r) { resolve = r; });
for (var i = 0; i < 4; i++) (function (i) { p.then(function (v) { log('pending reaction', i, v); }); })(i);
var q = Promise.resolve('q');
q.then(function () { log('q reaction 1'); });
resolve('go');
p.then(function (v) { log('reaction after resolve', v); });
q.then(function () { log('q reaction 2'); });
p.then(function () { p.then(function () { log('added during a reaction'); }); log('adder'); });
