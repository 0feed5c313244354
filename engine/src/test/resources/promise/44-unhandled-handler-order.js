// Several unhandled rejections are reported in rejection order, and a handler added from
// inside the unhandledRejection listener turns into rejectionHandled later.
var late;
var x = Promise.reject('x'); x.label = 'x';
var y = new Promise(function (res, rej) { late = rej; }); y.label = 'y';
var z = Promise.reject('z'); z.label = 'z';
Promise.resolve().then(function () { late('y'); });
process.on('unhandledRejection', function (r, p) {
  if (p === x) { log('listener attaches catch to x'); p.catch(function () { log('x caught'); }); }
});
