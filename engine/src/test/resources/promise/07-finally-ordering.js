// finally costs extra ticks compared to then; count them against a ticker.
function ticker(n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) (function (i) { p = p.then(function () { log('tick', i); }); })(i);
}
ticker(8);
Promise.resolve('v').finally(function () { log('finally 1'); }).then(function (v) { log('after finally', v); });
Promise.reject(new Error('e')).finally(function () { log('finally 2'); }).catch(function (e) { log('after finally catch', e.message); });
Promise.resolve('x').then(function (v) { log('then', v); });
