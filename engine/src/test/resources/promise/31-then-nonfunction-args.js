// Non-callable handlers are ignored: values and reasons pass through.
Promise.resolve(1).then(2, 3).then(null).then(undefined, {}).then(function (v) { log('passed value', v); });
Promise.reject(4).then('x').catch(5).then(null, function (e) { log('passed reason', e); });
var p = Promise.resolve('same');
var d = p.then();
log('then() returns a new promise', d !== p, d instanceof Promise);
d.then(function (v) { log('derived', v); });
