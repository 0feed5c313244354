// A handler returning an object whose then getter throws or returns a non-function.
Promise.resolve()
  .then(function () { var o = {}; Object.defineProperty(o, 'then', { get: function () { log('getter'); throw new Error('getter threw'); } }); return o; })
  .then(function () { log('no'); }, function (e) { log('rejected with', e.message); });
Promise.resolve()
  .then(function () { return { then: 'string', value: 1 }; })
  .then(function (v) { log('fulfilled with object', v.value, v.then); });
Promise.resolve()
  .then(function () { return { then: function (f) { log('then called with this ok', this.tag); f('tagged'); }, tag: 'T' }; })
  .then(function (v) { log(v); });
