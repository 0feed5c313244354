// allSettled: result shape and tick count.
function ticker(n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) (function (i) { p = p.then(function () { log('tick', i); }); })(i);
}
ticker(5);
Promise.allSettled([1, Promise.reject('no'), Promise.resolve('yes'), { then: function (f, r) { r('thenable no'); } }])
  .then(function (v) { log('allSettled', JSON.stringify(v)); });
Promise.allSettled([]).then(function (v) { log('allSettled empty', JSON.stringify(v)); });
Promise.allSettled(new Set(['s1', 's2'])).then(function (v) { log('allSettled set', JSON.stringify(v)); });
