// Two "threads" of thens, one returning thenables and promises along the way.
Promise.resolve()
  .then(function () { log('A1'); return { then: function (r) { log('A thenable'); r('x'); } }; })
  .then(function (v) { log('A2', v); return Promise.reject('y'); })
  .catch(function (e) { log('A3', e); })
  .finally(function () { log('A4'); })
  .then(function () { log('A5'); });
Promise.resolve()
  .then(function () { log('B1'); })
  .then(function () { log('B2'); })
  .then(function () { log('B3'); })
  .then(function () { log('B4'); })
  .then(function () { log('B5'); })
  .then(function () { log('B6'); })
  .then(function () { log('B7'); })
  .then(function () { log('B8'); })
  .then(function () { log('B9'); });
