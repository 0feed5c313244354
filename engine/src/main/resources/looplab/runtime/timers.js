// setTimeout & co. (Node's lib/timers.js). setTimeout, setInterval and setImmediate themselves
// are the host's (TimersModule): they validate the callback, coerce the delay, build the
// Timeout or Immediate object with the constructors below and hand the request to the loop.
// All ordering lives in the Java loop.
(function (host, errors, emitWarning) {
  'use strict';
  var TIMEOUT_MAX = 2147483647;
  // Node keeps the async id under a symbol too. The host stores both symbol keys: a store
  // under a symbol key takes Nashorn's slow generic path (PropertyStamp).
  var kId = Symbol('asyncId');
  var kRefed = Symbol('refed');

  // Thrown by the host for a callback that is not a function (Node's validateFunction).
  function invalidCallback(callback) {
    throw errors.invalidArgType('callback', 'function', callback);
  }

  // Node: after *= 1; anything not in [1, 2^31-1] becomes 1 (a warning when too large). The
  // host takes a number in range as it is and calls this for anything else.
  function coerceDelay(after) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        emitWarning(after + ' does not fit into a 32-bit signed integer.' +
          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    return after;
  }

  // The host adds [Symbol(refed)] and [Symbol(asyncId)] after the constructor has run.
  function Timeout(callback, after, args, isRepeat) {
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
  }

  // As in Node, a Timeout's hasRef() is only what ref()/unref() last said: it stays true after
  // the timer ran or was cleared.
  Timeout.prototype.ref = function ref() {
    this[kRefed] = true;
    host.timerRef(this[kId], true);
    return this;
  };
  Timeout.prototype.unref = function unref() {
    this[kRefed] = false;
    host.timerRef(this[kId], false);
    return this;
  };
  Timeout.prototype.hasRef = function hasRef() {
    return this[kRefed];
  };
  Timeout.prototype.refresh = function refresh() {
    host.timerRefresh(this[kId]);
    return this;
  };
  Timeout.prototype.close = function close() {
    clearTimeout(this);
    return this;
  };
  // As in Node, a Timeout converts to its id, which clearTimeout accepts: Node's
  // [Symbol.toPrimitive] is there to be called, but Nashorn's conversions never call it, so
  // valueOf gives +t the id too.
  Object.defineProperty(Timeout.prototype, Symbol.toPrimitive, {
    value: function toPrimitive() {
      return this[kId];
    },
    writable: true, configurable: true, enumerable: false
  });
  Timeout.prototype.valueOf = function valueOf() {
    return this[kId];
  };

  // The host adds [Symbol(asyncId)] after the constructor has run.
  function Immediate(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
  }
  Immediate.prototype.ref = function ref() {
    host.immediateRef(this[kId], true);
    return this;
  };
  Immediate.prototype.unref = function unref() {
    host.immediateRef(this[kId], false);
    return this;
  };
  Immediate.prototype.hasRef = function hasRef() {
    return host.immediateHasRef(this[kId]);
  };

  function idOf(timer) {
    if (timer === null || timer === undefined) {
      return undefined;
    }
    if (typeof timer === 'object' && typeof timer[kId] === 'number') {
      return timer[kId];
    }
    if (typeof timer === 'number' || typeof timer === 'string') {
      var n = Number(timer);
      return n === n ? n : undefined;
    }
    return undefined;
  }

  // clearTimeout and clearInterval are interchangeable, as in Node.
  function clearTimeout(timer) {
    var id = idOf(timer);
    if (id !== undefined) {
      if (timer && typeof timer === 'object') {
        timer._destroyed = true;
      }
      host.timerClear(id);
    }
  }

  function clearImmediate(immediate) {
    if (!immediate || immediate._destroyed || !(immediate instanceof Immediate)) {
      return;
    }
    immediate._destroyed = true;
    host.immediateClear(immediate[kId]);
  }

  // The entry points are built-in functions of the host's, as long as Node's own (setTimeout's
  // length is 5: callback, after, arg1..arg3) and, like any function, with a prototype.
  var entryPoints = host.timerEntryPoints(Timeout, Immediate, invalidCallback, coerceDelay, kId, kRefed);
  var setTimeout = entryPoints[0], setInterval = entryPoints[1], setImmediate = entryPoints[2];
  [setTimeout, setInterval, setImmediate].forEach(function (f) {
    var prototype = {};
    Object.defineProperty(prototype, 'constructor', { value: f, writable: true, configurable: true });
    Object.defineProperty(f, 'prototype', { value: prototype, writable: true });
  });

  return {
    setTimeout: setTimeout,
    setInterval: setInterval,
    setImmediate: setImmediate,
    clearTimeout: clearTimeout,
    clearInterval: clearTimeout,
    clearImmediate: clearImmediate,
    Timeout: Timeout,
    Immediate: Immediate
  };
})
