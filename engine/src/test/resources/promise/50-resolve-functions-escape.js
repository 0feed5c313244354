// Resolving functions used from outside, later, and more than once.
var res, rej;
var p = new Promise(function (a, b) { res = a; rej = b; });
p.then(function (v) { log('fulfilled', v); }, function (e) { log('rejected', e); });
setTimeout(function () {
  log('timer resolves');
  res('from timer');
  rej('ignored');
  res('ignored too');
  log('after resolve calls');
}, 5);
var res2;
var q = new Promise(function (a) { res2 = a; });
q.then(function (v) { log('q', v); });
Promise.resolve().then(function () { res2(Promise.resolve('q inner')); log('res2 called in a job'); });
