// The same program with await written out as the await driver will do it (internals).
var I = __internals;
function Await(v, onFulfilled, onRejected) {
  I.performPromiseThen(I.promiseResolve(Promise, v), onFulfilled, onRejected, undefined);
}
function ticker(n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) (function (i) { p = p.then(function () { log('tick', i); }); })(i);
}
ticker(6);
function rethrow(e) { throw e; }
function a() {
  var cap = I.newPromiseCapability(Promise);
  log('a start');
  Await(1, function () {
    log('a after value');
    Await(Promise.resolve(2), function () { log('a after promise'); cap.resolve(undefined); }, rethrow);
  }, rethrow);
  return cap.promise;
}
function b() {
  var cap = I.newPromiseCapability(Promise);
  log('b start');
  Await({ then: function (f) { f('thenable'); } }, function (v) { log('b got', v); cap.resolve(undefined); }, rethrow);
  return cap.promise;
}
function c() {
  var cap = I.newPromiseCapability(Promise);
  Await(new Promise(function (r) { Promise.resolve().then(function () { r('late'); }); }), function (v) { log('c got', v); cap.resolve(undefined); }, rethrow);
  return cap.promise;
}
a(); b(); c();
log('sync end');
