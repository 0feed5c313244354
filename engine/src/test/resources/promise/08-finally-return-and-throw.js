// finally: return value ignored, thrown error and rejected promise replace the outcome,
// a returned pending promise delays.
Promise.resolve(1).finally(function () { return 2; }).then(function (v) { log('A', v); });
Promise.resolve(1).finally(function () { throw new Error('boom'); }).then(null, function (e) { log('B', e.message); });
Promise.reject(1).finally(function () { return Promise.reject(3); }).then(null, function (e) { log('C', e); });
Promise.resolve(1).finally(function () {
  return new Promise(function (res) { setTimeout(function () { log('D timer'); res(9); }, 10); });
}).then(function (v) { log('D', v); });
Promise.resolve(1).finally(5).then(function (v) { log('E', v); });
Promise.reject('r').finally(undefined).catch(function (e) { log('F', e); });
Promise.resolve(1).finally(function () { log('G args', arguments.length); });
