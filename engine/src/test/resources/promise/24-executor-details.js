// The executor runs synchronously; throwing after resolve is ignored; resolve returns undefined.
var G = (function () { return this; })();
log('before');
var p = new Promise(function (res, rej) {
  log('executor', typeof res, typeof rej, res.length, rej.length, JSON.stringify(res.name), this === G);
  log('resolve returns', res('first'));
  res('second');
  rej('third');
  throw new Error('ignored');
});
log('after');
p.then(function (v) { log('value', v); }, function () { log('no'); });
var q = new Promise(function (res, rej) { rej('r'); res('late'); });
q.catch(function (e) { log('q rejected', e); });
