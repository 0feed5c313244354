// Tick costs of resolving with different thenables, side by side.
function ticker(n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) (function (i) { p = p.then(function () { log('tick', i); }); })(i);
}
ticker(6);
var settled = Promise.resolve('settled promise');
var pendingResolve;
var pending = new Promise(function (r) { pendingResolve = r; });
new Promise(function (r) { r(settled); }).then(function (v) { log(v); });
new Promise(function (r) { r(pending); }).then(function (v) { log(v); });
new Promise(function (r) { r({ then: function (f) { f('sync thenable'); } }); }).then(function (v) { log(v); });
new Promise(function (r) { r({ then: function (f) { Promise.resolve().then(function () { f('thenable resolving in a job'); }); } }); }).then(function (v) { log(v); });
pendingResolve('pending promise');
Promise.resolve().then(function () { return settled; }).then(function (v) { log('returned', v); });
Promise.resolve().then(function () { return { then: function (f) { f('returned thenable'); } }; }).then(function (v) { log(v); });
