// Each level of promise-in-promise resolution adds its ticks.
function ticker(n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) (function (i) { p = p.then(function () { log('tick', i); }); })(i);
}
ticker(10);
function wrap(x, depth) { return depth === 0 ? x : new Promise(function (r) { r(wrap(x, depth - 1)); }); }
wrap('depth 1', 1).then(function (v) { log(v); });
wrap('depth 2', 2).then(function (v) { log(v); });
wrap('depth 3', 3).then(function (v) { log(v); });
Promise.resolve().then(function () { return Promise.resolve().then(function () { return 'then in then'; }); }).then(function (v) { log(v); });
