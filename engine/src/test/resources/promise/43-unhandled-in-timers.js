// Rejections created inside timers are reported after that timer's microtasks.
setTimeout(function () {
  log('timer 1');
  var a = Promise.reject('from timer 1');
  a.label = 'a';
  Promise.resolve().then(function () { log('timer 1 micro'); });
}, 5);
setTimeout(function () {
  log('timer 2');
  var b = Promise.resolve().then(function () { throw 'thrown in micro'; });
  b.label = 'b';
}, 10);
setTimeout(function () { log('timer 3'); }, 15);
