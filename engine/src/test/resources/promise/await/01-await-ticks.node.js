// await costs: a value, a native promise, a thenable, a pending promise; against a ticker.
function ticker(n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) (function (i) { p = p.then(function () { log('tick', i); }); })(i);
}
ticker(6);
async function a() { log('a start'); await 1; log('a after value'); await Promise.resolve(2); log('a after promise'); }
async function b() { log('b start'); var v = await { then: function (f) { f('thenable'); } }; log('b got', v); }
async function c() { var v = await new Promise(function (r) { Promise.resolve().then(function () { r('late'); }); }); log('c got', v); }
a(); b(); c();
log('sync end');
