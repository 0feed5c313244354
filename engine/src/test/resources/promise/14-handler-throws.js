// A throwing handler rejects the derived promise; catch recovers; rethrow continues.
Promise.resolve(1)
  .then(function () { throw new TypeError('in then'); })
  .then(function () { log('skipped'); })
  .catch(function (e) { log('caught', String(e)); return 'recovered'; })
  .then(function (v) { log('then', v); throw 'plain string'; })
  .catch(function (e) { log('caught again', e, typeof e); throw e; })
  .then(null, function (e) { log('onRejected', e); });
Promise.reject(new Error('rej')).then(function () { log('no'); }).then(function () { log('no'); }, function (e) { log('passed through two steps', e.message); });
