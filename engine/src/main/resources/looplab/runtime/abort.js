// The globals AbortController and AbortSignal (Node 20's lib/internal/abort_controller.js), as
// far as timers/promises needs them: abort() marks the signal and runs its 'abort' listeners
// at once, in the order they were added (onabort among them).
(function (timers, errors) {
  'use strict';
  var kListeners = Symbol('listeners');
  var kOnabort = Symbol('onabort');
  var constructing = false;

  // The global DOMException (Node's lib/internal/per_context/domexception.js): an Error whose
  // name, message and code are getters of its prototype, so it has no own enumerable keys; the
  // legacy code comes from the name. Node's abort reasons are DOMExceptions.
  var kName = Symbol('name');
  var kMessage = Symbol('message');
  var LEGACY_CODES = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
    NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
    SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
    TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
    QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25
  };
  function DOMException(message, options) {
    if (!(this instanceof DOMException)) {
      throw new TypeError("Class constructor DOMException cannot be invoked without 'new'");
    }
    var name = 'Error';
    if (options !== null && typeof options === 'object') {
      if ('name' in options) name = String(options.name);
    } else if (options !== undefined) {
      name = String(options);
    }
    hidden(this, kName, name);
    hidden(this, kMessage, message === undefined ? '' : String(message));
    Error.captureStackTrace(this, DOMException);
  }
  function hidden(obj, key, value) {
    Object.defineProperty(obj, key, { value: value, writable: true, configurable: true, enumerable: false });
  }
  DOMException.prototype = Object.create(Error.prototype, {
    constructor: { value: DOMException, writable: true, configurable: true, enumerable: false }
  });
  ['name', 'message'].forEach(function (field) {
    var key = field === 'name' ? kName : kMessage;
    Object.defineProperty(DOMException.prototype, field, {
      get: function () { return this[key]; }, configurable: true, enumerable: true
    });
  });
  Object.defineProperty(DOMException.prototype, 'code', {
    get: function () { return LEGACY_CODES[this[kName]] || 0; }, configurable: true, enumerable: true
  });
  Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });

  function abortReason() {
    return new DOMException('This operation was aborted', 'AbortError');
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
      signalAbort(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay).unref();
    return signal;
  };

  function AbortController() {
    this.signal = newSignal();
  }

  AbortController.prototype.abort = function abort(reason) {
    signalAbort(this.signal, reason);
  };

  return { AbortController: AbortController, AbortSignal: AbortSignal, DOMException: DOMException };
})
