// setTimeout & co. (Node's lib/timers.js): validate, coerce the delay, build the Timeout or
// Immediate object and hand the request to the loop. All ordering lives in the Java loop.
(function (host, errors, emitWarning) {
  // Everything is strict code except the three entry points at the end (see there).
  var strict = (function () {
    'use strict';
    var TIMEOUT_MAX = 2147483647;
    // Node keeps the async id under a symbol too; a plain assignment is far cheaper on Nashorn
    // than defineProperty (which reshapes every object it touches).
    var kId = Symbol('asyncId');
    var kRefed = Symbol('refed');

    function validateCallback(callback) {
      if (typeof callback !== 'function') {
        throw errors.invalidArgType('callback', 'function', callback);
      }
    }

    function extraArgs(args, from) {
      if (args.length <= from) {
        return undefined;
      }
      var out = [];
      for (var i = from; i < args.length; i++) {
        out.push(args[i]);
      }
      return out;
    }

    // Node: after *= 1; anything not in [1, 2^31-1] becomes 1 (a warning when too large).
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

    function Timeout(callback, after, args, isRepeat) {
      this._idleTimeout = after;
      this._onTimeout = callback;
      this._timerArgs = args;
      this._repeat = isRepeat ? after : null;
      this._destroyed = false;
      // Both symbol keys are stored by the host: a store under a symbol key is slow on Nashorn
      // (host.timerStart stores the id under kId itself).
      host.stampProperty(this, kRefed, true);
      host.timerStart(callback, this, args, Math.floor(after), isRepeat, kId);
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
    // Nashorn has no Symbol.toPrimitive: valueOf gives the id that clearTimeout accepts.
    Timeout.prototype.valueOf = function valueOf() {
      return this[kId];
    };

    function Immediate(callback, args) {
      this._onImmediate = callback;
      this._argv = args;
      this._destroyed = false;
      host.immediateStart(callback, this, args, kId);
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

    function startTimeout(callback, after, args, isRepeat) {
      validateCallback(callback);
      return new Timeout(callback, coerceDelay(after), args, isRepeat);
    }

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

    function startImmediate(callback, args) {
      validateCallback(callback);
      return new Immediate(callback, args);
    }

    function clearImmediate(immediate) {
      if (!immediate || immediate._destroyed || !(immediate instanceof Immediate)) {
        return;
      }
      immediate._destroyed = true;
      host.immediateClear(immediate[kId]);
    }

    return {
      startTimeout: startTimeout,
      startImmediate: startImmediate,
      extraArgs: extraArgs,
      clearTimeout: clearTimeout,
      clearImmediate: clearImmediate,
      Timeout: Timeout,
      Immediate: Immediate
    };
  })();

  // The entry points need their extra arguments, so they read `arguments`, which every call
  // then allocates: a strict-mode arguments object costs Nashorn twice what a sloppy one does
  // (its throwing callee/caller accessors), more than the rest of a setImmediate. So these
  // three are sloppy functions, doing nothing but handing their arguments on, and they get a
  // strict function's poisoned 'arguments' and 'caller' so they look no different.
  var startTimeout = strict.startTimeout, startImmediate = strict.startImmediate, extraArgs = strict.extraArgs;
  function setTimeout(callback, after) {
    return startTimeout(callback, after, arguments.length > 2 ? extraArgs(arguments, 2) : undefined, false);
  }
  function setInterval(callback, repeat) {
    return startTimeout(callback, repeat, arguments.length > 2 ? extraArgs(arguments, 2) : undefined, true);
  }
  function setImmediate(callback) {
    return startImmediate(callback, arguments.length > 1 ? extraArgs(arguments, 1) : undefined);
  }
  [setTimeout, setInterval, setImmediate].forEach(function (f) {
    ['arguments', 'caller'].forEach(function (key) {
      Object.defineProperty(f, key, Object.getOwnPropertyDescriptor(strict.startTimeout, key));
    });
  });

  return {
    setTimeout: setTimeout,
    setInterval: setInterval,
    setImmediate: setImmediate,
    clearTimeout: strict.clearTimeout,
    clearInterval: strict.clearTimeout,
    clearImmediate: strict.clearImmediate,
    Timeout: strict.Timeout,
    Immediate: strict.Immediate
  };
})
