// The same program with the async functions written out over the internals.
var I = __internals;
function Await(v, onFulfilled, onRejected) {
  I.performPromiseThen(I.promiseResolve(Promise, v), onFulfilled, onRejected, undefined);
}
function ticker(n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) (function (i) { p = p.then(function () { log('tick', i); }); })(i);
}
ticker(6);
function asyncFunction(body) {       // body(resolve, reject) runs synchronously up to its first await
  var cap = I.newPromiseCapability(Promise);
  try { body(cap.resolve, cap.reject); } catch (e) { cap.reject(e); }
  return cap.promise;
}
function returnsValue() { return asyncFunction(function (resolve) { resolve('value'); }); }
function returnsPromise() { return asyncFunction(function (resolve) { resolve(Promise.resolve('promise')); }); }
function returnsAwaited() {
  return asyncFunction(function (resolve, reject) { Await(Promise.resolve('awaited'), function (v) { resolve(v); }, reject); });
}
function throws() { return asyncFunction(function () { throw new Error('boom'); }); }
function catches() {
  return asyncFunction(function (resolve) {
    Await(Promise.reject('rejected'), function () {}, function (e) { log('caught', e); resolve('recovered'); });
  });
}
returnsValue().then(function (v) { log(v); });
returnsPromise().then(function (v) { log(v); });
returnsAwaited().then(function (v) { log(v); });
var t = throws();
t.label = 'throws';
catches().then(function (v) { log(v); });
