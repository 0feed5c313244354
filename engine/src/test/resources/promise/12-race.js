// race: first settled wins, in registration order among already-settled inputs.
function ticker(n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) (function (i) { p = p.then(function () { log('tick', i); }); })(i);
}
ticker(5);
Promise.race([new Promise(function () {}), Promise.resolve('settled'), 'value']).then(function (v) { log('race A', v); });
Promise.race(['value first', Promise.resolve('settled')]).then(function (v) { log('race B', v); });
Promise.race([Promise.reject('rej first'), Promise.resolve('res')]).then(null, function (e) { log('race C rejected', e); });
Promise.race([{ then: function (f) { f('thenable'); } }, Promise.resolve('promise')]).then(function (v) { log('race D', v); });
var forever = Promise.race([]);
forever.then(function () { log('never'); });
setTimeout(function () {
  Promise.race([new Promise(function (r) { setTimeout(r, 20, 'slow'); }), new Promise(function (r) { setTimeout(r, 10, 'fast'); })])
    .then(function (v) { log('race E', v); });
}, 1);
