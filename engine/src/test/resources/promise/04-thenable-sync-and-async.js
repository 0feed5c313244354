// Thenables: then is called in a job; calling back synchronously or later.
var syncThenable = { then: function (res, rej) { log('sync then called', typeof res, typeof rej, res.length, rej.length); res('sync'); } };
var asyncThenable = { then: function (res) { log('async then called'); setTimeout(function () { res('async'); }, 5); } };
Promise.resolve(syncThenable).then(function (v) { log('got', v); });
Promise.resolve(asyncThenable).then(function (v) { log('got', v); });
log('sync end');
