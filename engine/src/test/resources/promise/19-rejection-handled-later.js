// Handled in a later macrotask: unhandledRejection first, then rejectionHandled.
var p = Promise.reject('late');
p.label = 'p';
setTimeout(function () {
  log('timer adds catch');
  p.catch(function (e) { log('caught', e); });
  log('timer end');
}, 10);
setTimeout(function () { log('second timer'); }, 20);
