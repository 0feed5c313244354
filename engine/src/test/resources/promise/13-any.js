// any: first fulfillment wins; all rejected -> AggregateError with errors in input order.
function ticker(n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) (function (i) { p = p.then(function () { log('tick', i); }); })(i);
}
ticker(5);
Promise.any([Promise.reject('a'), Promise.resolve('b'), 'c']).then(function (v) { log('any A', v); });
Promise.any([Promise.reject('x'), Promise.reject('y'), { then: function (f, r) { r('z'); } }]).catch(function (e) {
  log('any B', e instanceof AggregateError, e instanceof Error, e.name, e.message, JSON.stringify(e.errors), String(e));
  log('errors own', Object.prototype.hasOwnProperty.call(e, 'errors'), Object.keys(e).length);
});
Promise.any([]).catch(function (e) { log('any empty', e.constructor === AggregateError, e.message, e.errors.length); });
var u = Promise.any([Promise.reject(1)]);
u.label = 'any-unhandled';
