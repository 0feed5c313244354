// new Promise(res => res(promise)) takes two more ticks than res(value).
function ticker(n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) (function (i) { p = p.then(function () { log('tick', i); }); })(i);
}
ticker(5);
new Promise(function (res) { res(Promise.resolve('promise')); }).then(function (v) { log('resolved with', v); });
new Promise(function (res) { res('value'); }).then(function (v) { log('resolved with', v); });
new Promise(function (res) { res({ then: function (f) { f('thenable'); } }); }).then(function (v) { log('resolved with', v); });
Promise.resolve(Promise.resolve('P.resolve(promise)')).then(function (v) { log('resolved with', v); });
Promise.resolve({ then: function (f) { f('P.resolve(thenable)'); } }).then(function (v) { log('resolved with', v); });
