// reject() does not unwrap promises or thenables.
var inner = Promise.resolve('inner');
Promise.reject(inner).catch(function (e) { log('reason is the promise', e === inner); });
new Promise(function (res, rej) { rej({ then: function () { log('never called'); } }); })
  .catch(function (e) { log('reason is the thenable', typeof e.then); });
