// Returning a promise from an async function costs the thenable job's ticks; throwing rejects.
function ticker(n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) (function (i) { p = p.then(function () { log('tick', i); }); })(i);
}
ticker(6);
async function returnsValue() { return 'value'; }
async function returnsPromise() { return Promise.resolve('promise'); }
async function returnsAwaited() { return await Promise.resolve('awaited'); }
async function throws() { throw new Error('boom'); }
async function catches() { try { await Promise.reject('rejected'); } catch (e) { log('caught', e); return 'recovered'; } }
returnsValue().then(function (v) { log(v); });
returnsPromise().then(function (v) { log(v); });
returnsAwaited().then(function (v) { log(v); });
var t = throws();
t.label = 'throws';
catches().then(function (v) { log(v); });
