// EventEmitter, as Node's lib/events.js behaves: listeners run synchronously, in order, on
// a copy of the listener list taken when emit() starts; 'error' without a listener throws;
// 'newListener' fires before a listener is added, 'removeListener' after one is removed.
(function (errors, emitWarning) {
  'use strict';
  var defaultMaxListeners = 10;

  function EventEmitter(opts) {
    EventEmitter.init.call(this, opts);
  }

  // Own symbols Node puts on every emitter (console.log shows them): kCapture says whether a
  // listener's rejected promise becomes an 'error' event (captureRejections).
  var kShapeMode = Symbol('shapeMode');
  var kCapture = Symbol('kCapture');
  var kRejection = Symbol.for('nodejs.rejection');

  EventEmitter.init = function (opts) {
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
      this._events = Object.create(null);
      this._eventsCount = 0;
      this[kShapeMode] = false;
    }
    this._maxListeners = this._maxListeners || undefined;
    if (opts !== undefined && opts !== null && opts.captureRejections) {
      if (typeof opts.captureRejections !== 'boolean') {
        throw errors.invalidArgType('options.captureRejections', 'boolean', opts.captureRejections);
      }
      this[kCapture] = opts.captureRejections;
    } else {
      this[kCapture] = EventEmitter.prototype[kCapture];
    }
  };

  Object.defineProperty(EventEmitter, 'captureRejections', {
    enumerable: true,
    get: function () { return EventEmitter.prototype[kCapture]; },
    set: function (value) {
      if (typeof value !== 'boolean') {
        throw errors.invalidArgType('EventEmitter.captureRejections', 'boolean', value);
      }
      EventEmitter.prototype[kCapture] = value;
    }
  });
  EventEmitter.captureRejectionSymbol = kRejection;

  // A listener's result that is a thenable gets a rejection handler (so it is not an unhandled
  // rejection); the failure reaches the emitter from a nextTick, as in Node: its
  // Symbol.for('nodejs.rejection') method if it has one, else an 'error' event.
  function addCatch(emitter, result, type, args) {
    if (!emitter[kCapture]) {
      return;
    }
    try {
      var then = result.then;
      if (typeof then === 'function') {
        then.call(result, undefined, function (err) {
          process.nextTick(emitRejection, emitter, err, type, args);
        });
      }
    } catch (err) {
      emitter.emit('error', err);
    }
  }

  function emitRejection(emitter, err, type, args) {
    if (typeof emitter[kRejection] === 'function') {
      emitter[kRejection].apply(emitter, [err, type].concat(args));
      return;
    }
    var prev = emitter[kCapture];
    try {
      emitter[kCapture] = false;
      emitter.emit('error', err);
    } finally {
      emitter[kCapture] = prev;
    }
  }

  Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
    enumerable: true,
    get: function () { return defaultMaxListeners; },
    set: function (n) {
      checkCount(n, 'defaultMaxListeners');
      defaultMaxListeners = n;
    }
  });

  function checkCount(n, name) {
    if (typeof n !== 'number' || n < 0 || n !== n) {
      throw errors.outOfRange(name, 'a non-negative number', n);
    }
  }

  function checkListener(listener) {
    if (typeof listener !== 'function') {
      throw errors.invalidArgType('listener', 'function', listener);
    }
  }

  var proto = EventEmitter.prototype;
  proto[kCapture] = false;
  proto._events = undefined;
  proto._eventsCount = 0;
  proto._maxListeners = undefined;

  proto.setMaxListeners = function setMaxListeners(n) {
    checkCount(n, 'n');
    this._maxListeners = n;
    return this;
  };

  proto.getMaxListeners = function getMaxListeners() {
    return this._maxListeners === undefined ? defaultMaxListeners : this._maxListeners;
  };

  // events.errorMonitor: its listeners see every 'error' emitted, before the 'error' listeners
  // (or the throw when there are none), and do not count as handling it.
  var kErrorMonitor = Symbol('events.errorMonitor');

  proto.emit = function emit(type) {
    var events = this._events;
    if (type === 'error' && events !== undefined && events[kErrorMonitor] !== undefined) {
      var monitorArgs = [kErrorMonitor];
      for (var m = 1; m < arguments.length; m++) {
        monitorArgs.push(arguments[m]);
      }
      this.emit.apply(this, monitorArgs);
    }
    var handler = events === undefined ? undefined : events[type];
    if (handler === undefined) {
      if (type === 'error') {
        var er = arguments[1];
        if (er instanceof Error) {
          throw er;
        }
        var err = errors.unhandledError(er);
        err.context = er;
        throw err;
      }
      return false;
    }
    var args = [];
    for (var i = 1; i < arguments.length; i++) {
      args.push(arguments[i]);
    }
    var result;
    if (typeof handler === 'function') {
      result = handler.apply(this, args);
      if (result !== undefined && result !== null) {
        addCatch(this, result, type, args);
      }
    } else {
      var listeners = handler.slice();
      for (var j = 0; j < listeners.length; j++) {
        result = listeners[j].apply(this, args);
        if (result !== undefined && result !== null) {
          addCatch(this, result, type, args);
        }
      }
    }
    return true;
  };

  function addListener(target, type, listener, prepend) {
    checkListener(listener);
    var events = target._events;
    if (events === undefined) {
      events = target._events = Object.create(null);
      target._eventsCount = 0;
    } else if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      events = target._events;
    }
    var existing = events[type];
    if (existing === undefined) {
      events[type] = listener;
      target._eventsCount++;
    } else if (typeof existing === 'function') {
      events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    warnOnLeak(target, type, events[type]);
    return target;
  }

  // Node warns once per event name when its listeners outnumber getMaxListeners() (0: never).
  function warnOnLeak(target, type, list) {
    if (typeof list === 'function' || list.warned) return;
    var max = target._maxListeners === undefined ? defaultMaxListeners : target._maxListeners;
    if (max > 0 && list.length > max) {
      list.warned = true;
      var ctor = target.constructor;
      var name = ctor && typeof ctor.name === 'string' && ctor.name !== '' ? ctor.name : 'Object';
      var w = new Error('Possible EventEmitter memory leak detected. ' + list.length + ' ' + String(type) +
          ' listeners added to [' + name + ']. MaxListeners is ' + max +
          '. Use emitter.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = list.length;
      emitWarning(w);
    }
  }

  proto.addListener = function addListener_(type, listener) {
    return addListener(this, type, listener, false);
  };
  proto.on = proto.addListener;

  proto.prependListener = function prependListener(type, listener) {
    return addListener(this, type, listener, true);
  };

  function onceWrapper(state) {
    return function () {
      if (!state.fired) {
        state.target.removeListener(state.type, state.wrapFn);
        state.fired = true;
        return state.listener.apply(state.target, arguments);
      }
    };
  }

  function wrapOnce(target, type, listener) {
    var state = { fired: false, wrapFn: undefined, target: target, type: type, listener: listener };
    var wrapped = onceWrapper(state);
    wrapped.listener = listener;
    state.wrapFn = wrapped;
    return wrapped;
  }

  proto.once = function once(type, listener) {
    checkListener(listener);
    this.on(type, wrapOnce(this, type, listener));
    return this;
  };

  proto.prependOnceListener = function prependOnceListener(type, listener) {
    checkListener(listener);
    this.prependListener(type, wrapOnce(this, type, listener));
    return this;
  };

  proto.removeListener = function removeListener(type, listener) {
    checkListener(listener);
    var events = this._events;
    if (events === undefined) {
      return this;
    }
    var list = events[type];
    if (list === undefined) {
      return this;
    }
    if (list === listener || list.listener === listener) {
      if (--this._eventsCount === 0) {
        this._events = Object.create(null);
      } else {
        delete events[type];
      }
      if (events.removeListener) {
        this.emit('removeListener', type, list.listener || listener);
      }
    } else if (typeof list !== 'function') {
      var position = -1;
      for (var i = list.length - 1; i >= 0; i--) {
        if (list[i] === listener || list[i].listener === listener) {
          position = i;
          break;
        }
      }
      if (position < 0) {
        return this;
      }
      var removed = list[position];
      list.splice(position, 1);
      if (list.length === 1) {
        events[type] = list[0];
      }
      if (events.removeListener !== undefined) {
        this.emit('removeListener', type, removed.listener || listener);
      }
    }
    return this;
  };
  proto.off = proto.removeListener;

  proto.removeAllListeners = function removeAllListeners(type) {
    var events = this._events;
    if (events === undefined) {
      return this;
    }
    if (events.removeListener === undefined) {
      if (arguments.length === 0) {
        this._events = Object.create(null);
        this._eventsCount = 0;
      } else if (events[type] !== undefined) {
        if (--this._eventsCount === 0) {
          this._events = Object.create(null);
        } else {
          delete events[type];
        }
      }
      return this;
    }
    if (arguments.length === 0) {
      var keys = Object.keys(events);
      for (var i = 0; i < keys.length; i++) {
        if (keys[i] !== 'removeListener') {
          this.removeAllListeners(keys[i]);
        }
      }
      this.removeAllListeners('removeListener');
      this._events = Object.create(null);
      this._eventsCount = 0;
      return this;
    }
    var listeners = events[type];
    if (typeof listeners === 'function') {
      this.removeListener(type, listeners);
    } else if (listeners !== undefined) {
      for (var j = listeners.length - 1; j >= 0; j--) {
        this.removeListener(type, listeners[j]);
      }
    }
    return this;
  };

  function listenersOf(target, type, unwrap) {
    var events = target._events;
    var list = events === undefined ? undefined : events[type];
    if (list === undefined) {
      return [];
    }
    if (typeof list === 'function') {
      return [unwrap ? list.listener || list : list];
    }
    var copy = [];
    for (var i = 0; i < list.length; i++) {
      copy.push(unwrap ? list[i].listener || list[i] : list[i]);
    }
    return copy;
  }

  proto.listeners = function listeners(type) {
    return listenersOf(this, type, true);
  };

  proto.rawListeners = function rawListeners(type) {
    return listenersOf(this, type, false);
  };

  proto.listenerCount = function listenerCount(type) {
    var events = this._events;
    var list = events === undefined ? undefined : events[type];
    if (list === undefined) {
      return 0;
    }
    return typeof list === 'function' ? 1 : list.length;
  };

  // events.getEventListeners(emitter, name): a copy of its listeners, as emitter.listeners().
  EventEmitter.getEventListeners = function getEventListeners(emitter, type) {
    if (emitter === null || typeof emitter !== 'object' || typeof emitter.listeners !== 'function') {
      throw errors.invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitter);
    }
    return emitter.listeners(type);
  };

  EventEmitter.listenerCount = function (emitter, type) {
    return emitter.listenerCount(type);
  };

  proto.eventNames = function eventNames() {
    return this._eventsCount > 0
      ? Object.keys(this._events).concat(Object.getOwnPropertySymbols(this._events)) : [];
  };

  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.errorMonitor = kErrorMonitor;
  EventEmitter.once = undefined; // set by the runtime once Promise exists
  return EventEmitter;
})
