// The classic event-loop quiz (without async/await).
log('script start');
setTimeout(function () { log('setTimeout'); }, 0);
Promise.resolve().then(function () { log('promise1'); }).then(function () { log('promise2'); });
new Promise(function (resolve) {
  log('promise executor');
  resolve();
}).then(function () {
  log('then of executor promise');
  new Promise(function (resolve) { log('inner executor'); resolve(); })
    .then(function () { log('inner then 1'); })
    .then(function () { log('inner then 2'); });
}).then(function () { log('outer then 2'); });
log('script end');
