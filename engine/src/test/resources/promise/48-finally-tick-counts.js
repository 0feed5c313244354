// finally returning promises and thenables: tick accounting.
function ticker(n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) (function (i) { p = p.then(function () { log('tick', i); }); })(i);
}
ticker(9);
Promise.resolve('A').finally(function () { return Promise.resolve('ignored'); }).then(function (v) { log('A done', v); });
Promise.resolve('B').finally(function () { return { then: function (f) { f('ignored'); } }; }).then(function (v) { log('B done', v); });
Promise.reject('C').finally(function () {}).catch(function (e) { log('C done', e); });
Promise.resolve('D').finally(function () {}).finally(function () {}).then(function (v) { log('D done', v); });
