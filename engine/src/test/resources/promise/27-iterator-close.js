// When something throws mid-iteration the iterator's return() is called (unless next threw).
function makeIterable(values, label) {
  var i = 0;
  var it = {};
  it[Symbol.iterator] = function () {
    log(label, 'get iterator');
    return {
      next: function () { log(label, 'next', i); return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true }; },
      return: function () { log(label, 'return called'); return {}; }
    };
  };
  return it;
}
var origResolve = Promise.resolve;
function Custom(executor) { return new Promise(executor); }
Custom.resolve = function (v) { if (v === 'bad') throw new Error('resolve threw'); return origResolve.call(Promise, v); };
Promise.all.call(Custom, makeIterable([1, 'bad', 3], 'A')).catch(function (e) { log('A rejected', e.message); });
Promise.all(makeIterable([1, 2], 'B')).then(function (v) { log('B', JSON.stringify(v)); });
var badThen = { then: 1 };
Custom.resolve = function (v) { return v === 'x' ? { then: 'not callable' } : origResolve.call(Promise, v); };
Promise.race.call(Custom, makeIterable(['x'], 'C')).catch(function (e) { log('C rejected', e.message); });
