// require('timers/promises'): setTimeout/setImmediate that return promises, and setInterval
// as an async iterator. The timers themselves are the ordinary ones (timers.js).
(function (timers, promiseModule, errors) {
  'use strict';
  function abortError(signal) {
    var e = new Error('The operation was aborted');
    e.name = 'AbortError';
    e.code = 'ABORT_ERR';
    Object.defineProperty(e, 'cause', { value: signal.reason, writable: true, configurable: true, enumerable: false });
    return e;
  }

  // Node: an already aborted signal gives a rejected promise at once; otherwise an 'abort'
  // listener clears the timer and rejects, and the promise handed out is ret.finally(remove
  // the listener) -- which settles later than a promise without a signal does.
  function withSignal(Promise, options, start, clear) {
    var signal = options && options.signal;
    if (signal && signal.aborted) {
      return Promise.reject(abortError(signal));
    }
    var handle;
    var oncancel;
    var ret = new Promise(function (resolve, reject) {
      handle = start(resolve);
      if (options && options.ref === false) {
        handle.unref();
      }
      if (signal) {
        oncancel = function () {
          if (!handle._destroyed) {
            clear(handle);
            reject(abortError(signal));
          }
        };
        signal.addEventListener('abort', oncancel);
      }
    });
    return oncancel === undefined ? ret : ret['finally'](function () {
      signal.removeEventListener('abort', oncancel);
    });
  }

  function setTimeout(delay, value, options) {
    return withSignal(promiseModule().Promise, options, function (resolve) {
      var t = timers.setTimeout(function () {
        t._destroyed = true;
        resolve(value);
      }, delay);
      return t;
    }, timers.clearTimeout);
  }

  function setImmediate(value, options) {
    return withSignal(promiseModule().Promise, options, function (resolve) {
      var i = timers.setImmediate(function () {
        i._destroyed = true;
        resolve(value);
      });
      return i;
    }, timers.clearImmediate);
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
