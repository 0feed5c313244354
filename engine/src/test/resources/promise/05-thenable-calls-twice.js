// A thenable that calls back twice, mixes resolve/reject, and throws after resolving.
var t1 = { then: function (res, rej) { res(1); res(2); rej(3); } };
var t2 = { then: function (res, rej) { rej('r1'); res('v2'); } };
var t3 = { then: function (res) { res('before throw'); throw new Error('ignored'); } };
var t4 = { then: function () { throw new Error('thrown by then'); } };
var t5 = { then: function (res) { res({ then: function (res2) { res2('nested thenable'); } }); } };
[t1, t2, t3, t4, t5].forEach(function (t, i) {
  Promise.resolve(t).then(function (v) { log('t' + (i + 1), 'fulfilled', v); },
                          function (e) { log('t' + (i + 1), 'rejected', String(e)); });
});
