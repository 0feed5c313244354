// The classic async1/async2 quiz, with the async functions written out over the internals.
var I = __internals;
function Await(v, onFulfilled, onRejected) {
  I.performPromiseThen(I.promiseResolve(Promise, v), onFulfilled, onRejected, undefined);
}
function rethrow(e) { throw e; }
function async1() {
  var cap = I.newPromiseCapability(Promise);
  log('async1 start');
  Await(async2(), function () { log('async1 end'); cap.resolve(undefined); }, rethrow);
  return cap.promise;
}
function async2() {
  var cap = I.newPromiseCapability(Promise);
  log('async2');
  cap.resolve(undefined);
  return cap.promise;
}
log('script start');
setTimeout(function () { log('setTimeout'); }, 0);
async1();
new Promise(function (resolve) { log('promise1'); resolve(); }).then(function () { log('promise2'); });
log('script end');
