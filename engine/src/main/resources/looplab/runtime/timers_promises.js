// require('timers/promises'): setTimeout/setImmediate that return promises, and setInterval
// as an async iterator. The timers themselves are the ordinary ones (timers.js).
(function (timers, promiseModule, errors) {
  'use strict';
  function abortError() {
    var e = new Error('The operation was aborted');
    e.name = 'AbortError';
    return errors.withCode(e, 'ABORT_ERR');
  }

  function setTimeout(delay, value, options) {
    var Promise = promiseModule().Promise;
    return new Promise(function (resolve, reject) {
      var signal = options && options.signal;
      if (signal && signal.aborted) {
        return reject(abortError());
      }
      var t = timers.setTimeout(resolve, delay, value);
      if (options && options.ref === false) {
        t.unref();
      }
    });
  }

  function setImmediate(value, options) {
    var Promise = promiseModule().Promise;
    return new Promise(function (resolve, reject) {
      var signal = options && options.signal;
      if (signal && signal.aborted) {
        return reject(abortError());
      }
      var i = timers.setImmediate(resolve, value);
      if (options && options.ref === false) {
        i.unref();
      }
    });
  }

  // Each tick of the interval is queued; next() takes the oldest or waits for the next one.
  function setInterval(delay, value) {
    var Promise = promiseModule().Promise;
    var ticks = 0;
    var waiting = [];
    var done = false;
    var timer = timers.setInterval(function () {
      if (waiting.length > 0) {
        waiting.shift()({ value: value, done: false });
      } else {
        ticks++;
      }
    }, delay);
    var iterator = {
      next: function next() {
        if (done) {
          return Promise.resolve({ value: undefined, done: true });
        }
        if (ticks > 0) {
          ticks--;
          return Promise.resolve({ value: value, done: false });
        }
        return new Promise(function (resolve) { waiting.push(resolve); });
      },
      'return': function () {
        done = true;
        timers.clearInterval(timer);
        while (waiting.length > 0) {
          waiting.shift()({ value: undefined, done: true });
        }
        return Promise.resolve({ value: undefined, done: true });
      }
    };
    if (typeof Symbol.asyncIterator === 'symbol') {
      iterator[Symbol.asyncIterator] = function () { return iterator; };
    }
    iterator[Symbol.for('Symbol.asyncIterator')] = function () { return iterator; };
    return iterator;
  }

  return {
    setTimeout: setTimeout,
    setImmediate: setImmediate,
    setInterval: setInterval,
    scheduler: {
      wait: function (delay, options) { return setTimeout(delay, undefined, options); },
      yield: function () { return setImmediate(); }
    }
  };
})
