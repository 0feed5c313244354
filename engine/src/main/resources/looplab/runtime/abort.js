// The globals AbortController and AbortSignal (Node 20's lib/internal/abort_controller.js), as
// far as timers/promises needs them: abort() marks the signal and runs its 'abort' listeners
// at once, in the order they were added (onabort among them).
(function (timers, errors) {
  'use strict';
  var kListeners = Symbol('listeners');
  var kOnabort = Symbol('onabort');
  var constructing = false;

  function abortReason() {
    // Node's default reason is a DOMException named AbortError (legacy code 20).
    var e = new Error('This operation was aborted');
    e.name = 'AbortError';
    Object.defineProperty(e, 'code', { value: 20, writable: true, configurable: true, enumerable: false });
    return e;
  }

  function AbortSignal() {
    if (!constructing) {
      throw errors.withCode(new TypeError('Illegal constructor'), 'ERR_ILLEGAL_CONSTRUCTOR');
    }
    this.aborted = false;
    this.reason = undefined;
    this[kListeners] = [];
    this[kOnabort] = null;
  }

  function newSignal() {
    constructing = true;
    try {
      return new AbortSignal();
    } finally {
      constructing = false;
    }
  }

  AbortSignal.prototype.addEventListener = function addEventListener(type, listener, options) {
    if (type !== 'abort' || listener === null || listener === undefined) {
      return;
    }
    for (var i = 0; i < this[kListeners].length; i++) {
      if (this[kListeners][i].fn === listener) {
        return;
      }
    }
    var once = options !== null && typeof options === 'object' && options.once === true;
    this[kListeners].push({ fn: listener, once: once });
  };

  AbortSignal.prototype.removeEventListener = function removeEventListener(type, listener) {
    if (type !== 'abort') {
      return;
    }
    this[kListeners] = this[kListeners].filter(function (l) { return l.fn !== listener; });
  };

  Object.defineProperty(AbortSignal.prototype, 'onabort', {
    configurable: true,
    enumerable: true,
    get: function () { return this[kOnabort]; },
    set: function (fn) {
      if (this[kOnabort] !== null) {
        this.removeEventListener('abort', this[kOnabort]);
      }
      this[kOnabort] = typeof fn === 'function' ? fn : null;
      if (this[kOnabort] !== null) {
        this.addEventListener('abort', this[kOnabort]);
      }
    }
  });

  AbortSignal.prototype.throwIfAborted = function throwIfAborted() {
    if (this.aborted) {
      throw this.reason;
    }
  };

  function signalAbort(signal, reason) {
    if (signal.aborted) {
      return;
    }
    signal.aborted = true;
    signal.reason = reason === undefined ? abortReason() : reason;
    var event = { type: 'abort', target: signal, currentTarget: signal };
    var listeners = signal[kListeners].slice();
    for (var i = 0; i < listeners.length; i++) {
      if (listeners[i].once) {
        signal.removeEventListener('abort', listeners[i].fn);
      }
      var fn = listeners[i].fn;
      if (typeof fn === 'function') {
        fn.call(signal, event);
      } else if (fn && typeof fn.handleEvent === 'function') {
        fn.handleEvent(event);
      }
    }
  }

  AbortSignal.abort = function abort(reason) {
    var signal = newSignal();
    signalAbort(signal, reason);
    return signal;
  };

  AbortSignal.timeout = function timeout(delay) {
    var signal = newSignal();
    timers.setTimeout(function () {
      var e = new Error('The operation was aborted due to timeout');
      e.name = 'TimeoutError';
      Object.defineProperty(e, 'code', { value: 23, writable: true, configurable: true, enumerable: false });
      signalAbort(signal, e);
    }, delay).unref();
    return signal;
  };

  function AbortController() {
    this.signal = newSignal();
  }

  AbortController.prototype.abort = function abort(reason) {
    signalAbort(this.signal, reason);
  };

  return { AbortController: AbortController, AbortSignal: AbortSignal };
})
