// Promise.all with values, settled promises, pending promises and thenables; count ticks.
function ticker(n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) (function (i) { p = p.then(function () { log('tick', i); }); })(i);
}
ticker(6);
Promise.all([1, Promise.resolve(2), { then: function (f) { f(3); } }]).then(function (v) { log('all A', JSON.stringify(v)); });
Promise.all([]).then(function (v) { log('all empty', JSON.stringify(v)); });
Promise.all([Promise.resolve('x')]).then(function (v) { log('all single', JSON.stringify(v)); });
var late;
Promise.all([new Promise(function (r) { late = r; }), 'b']).then(function (v) { log('all late', JSON.stringify(v)); });
Promise.resolve().then(function () { log('resolving late'); late('a'); });
