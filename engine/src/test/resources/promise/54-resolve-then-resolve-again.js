// Once resolved with a promise, a promise is locked in even while that one is pending.
var res1, innerRes;
var inner = new Promise(function (r) { innerRes = r; });
var p = new Promise(function (r) { res1 = r; });
p.then(function (v) { log('p', v); }, function (e) { log('p rejected', e); });
res1(inner);
res1('ignored value');
Promise.resolve().then(function () { log('inner still pending'); innerRes('inner value'); });
var q = new Promise(function (res, rej) { res(Promise.reject('locked to a rejection')); rej('ignored'); res('ignored'); });
q.catch(function (e) { log('q', e); });
