/*
 * looplab: async functions, async generators and for-await for lowered code, with V8's
 * (Node 20's) job accounting. The Closure Compiler lowers an async function to a generator
 * state machine driven by $jscomp.asyncExecutePromiseGeneratorProgram; its own driver chains
 * Promise.resolve(v).then(...).then(...), three jobs per await. This file replaces the drivers.
 *
 * HOW an `await v` costs what it costs in V8:
 *   Await(v) = PromiseResolve(%Promise%, v), then PerformPromiseThen(promise, onFulfilled,
 *   onRejected) with no derived promise that anyone waits on. So awaiting a native promise
 *   or a plain value is one job; a thenable that is not a native promise first goes through
 *   NewPromiseResolveThenableJob (its then() runs in a job of its own), then the reaction.
 *   Returning a promise from an async function resolves the function's promise with it:
 *   the thenable job plus the reaction, two jobs more than returning a value.
 *
 * WHERE: the lowered code says `return ctx.yield(v, next)` at each await. The driver hooks
 * Context.yield, so PromiseResolve and the then() happen right there, while the user's frame
 * is still on the stack: an exception (a throwing `constructor` getter) lands in the user's
 * try/catch as in V8, and the trace's `at` names the await's own line.
 *
 * Async generators follow ES2023 27.6 (queue of requests, AsyncGeneratorYield awaits the
 * operand, return() awaits its value, drain on completion); yield* delegates to an async
 * iterator; for-await wraps sync iterators as CreateAsyncFromSyncIterator does.
 */
(function (global) {
  // Declared before the helpers' `var $jscomp` runs, so the global is not enumerable.
  Object.defineProperty(global, '$jscomp', { value: {}, writable: true, configurable: false, enumerable: false });
  // promiseModule: promise.js's { Promise, internals } (null on a bare runtime, as some tests
  // make: then the global Promise and its public methods stand in for them).
  return function install(global, $jscomp, promiseModule) {
  var NativePromise = promiseModule ? promiseModule.Promise : global.Promise;
  var internals = promiseModule ? promiseModule.internals : null;
  var promiseResolve = NativePromise.resolve;
  var promiseReject = NativePromise.reject;
  var promiseThen = NativePromise.prototype.then;
  var ASYNC_ITERATOR = Symbol.asyncIterator;
  var ITERATOR = Symbol.iterator;
  var Engine = $jscomp.generator.Engine_;
  var Context = $jscomp.generator.Context;
  var ActionRecord = $jscomp.AsyncGeneratorWrapper$ActionRecord;
  var Action = $jscomp.AsyncGeneratorWrapper$ActionEnum;

  function hide(obj, name, value) {
    Object.defineProperty(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
  }

  function isObject(x) {
    return x !== null && (typeof x === 'object' || typeof x === 'function');
  }

  // Await(v): PromiseResolve(%Promise%, v) + PerformPromiseThen(p, onFulfilled, onRejected),
  // with no derived promise and no lookup of p.constructor (V8 makes neither); the jobs are
  // the same. The handlers given here do not throw.
  var awaitValue = internals ? function (v, onFulfilled, onRejected) {
    internals.performPromiseThen(internals.promiseResolve(NativePromise, v), onFulfilled, onRejected, undefined);
  } : function (v, onFulfilled, onRejected) {
    var p = promiseResolve.call(NativePromise, v);
    promiseThen.call(p, onFulfilled, onRejected);
  };

  // NewPromiseCapability(%Promise%): { promise, resolve, reject }.
  var newCapability = internals ? function () {
    return internals.newPromiseCapability(NativePromise);
  } : function () {
    var cap = { promise: undefined, resolve: undefined, reject: undefined };
    cap.promise = new NativePromise(function (resolve, reject) {
      cap.resolve = resolve;
      cap.reject = reject;
    });
    return cap;
  };

  // ---------------------------------------------------------------- the await hook

  Context.prototype.yield = function (value, resumeAddress) {
    var hook = this.$await;
    if (hook !== undefined) hook(value);
    this.nextAddress = resumeAddress;
    return { value: value };
  };

  // ---------------------------------------------------------------- async functions

  function runAsync(engine) {
    var cap = newCapability();
    function onFulfilled(v) { step(false, v); }
    function onRejected(e) { step(true, e); }
    function step(isThrow, arg) {
      var rec;
      try {
        rec = isThrow ? engine.throw_(arg) : engine.next_(arg);
      } catch (e) {
        cap.reject(e);
        return;
      }
      if (rec.done) cap.resolve(rec.value);
    }
    engine.context_.$await = function (v) { awaitValue(v, onFulfilled, onRejected); };
    step(false, undefined);
    return cap.promise;
  }

  $jscomp.asyncExecutePromiseGeneratorProgram = function (program) {
    return runAsync(new Engine(program));
  };

  // A generator object made elsewhere: the await happens after the step, not inside it.
  $jscomp.asyncExecutePromiseGenerator = function (generator) {
    var cap = newCapability();
    function step(isThrow, arg) {
      var rec;
      try {
        rec = isThrow ? generator['throw'](arg) : generator.next(arg);
      } catch (e) {
        cap.reject(e);
        return;
      }
      if (rec.done) {
        cap.resolve(rec.value);
        return;
      }
      try {
        awaitValue(rec.value, function (v) { step(false, v); }, function (e) { step(true, e); });
      } catch (e) {
        step(true, e);
      }
    }
    step(false, undefined);
    return cap.promise;
  };

  $jscomp.asyncExecutePromiseGeneratorFunction = function (generatorFunction) {
    return $jscomp.asyncExecutePromiseGenerator(generatorFunction());
  };

  // The engine of the generator object made last, for the async generator that wraps it.
  var lastEngine = null;
  var lastGenerator = null;
  // A generator object is made as V8 makes it: its prototype is its function's `prototype`
  // (which has no `constructor`), and that inherits from %GeneratorPrototype%, which holds
  // next/return/throw and the [object Generator] tag. Closure's own generator object carries
  // its methods as enumerable own properties, which console.log and Object.keys would show.
  var GeneratorPrototype = Object.create(Object.prototype);
  linkGeneratorPrototype(GeneratorPrototype, 'Generator');
  // As %GeneratorPrototype% and %AsyncGeneratorPrototype%: the constructor is the matching
  // %GeneratorFunction.prototype% (an object, not a function, so console.log names a generator
  // object "Object [Generator]"), and both carry their tag.
  function linkGeneratorPrototype(proto, tag) {
    var functionPrototype = Object.create(Function.prototype);
    hide(functionPrototype, 'prototype', proto);
    hide(proto, 'constructor', functionPrototype);
    if (Symbol.toStringTag !== undefined) {
      Object.defineProperty(proto, Symbol.toStringTag, { value: tag, configurable: true });
      Object.defineProperty(functionPrototype, Symbol.toStringTag, { value: tag + 'Function', configurable: true });
    }
  }
  function engineOf(g, method) {
    var engine = isObject(g) ? g.$engine : undefined;
    if (!(engine instanceof Engine)) {
      throw new TypeError('Method [Generator].prototype.' + method + ' called on incompatible receiver '
        + receiverText(g));
    }
    return engine;
  }
  function receiverText(x) {            // V8's "#<Object>" for objects, the value otherwise
    if (typeof x === 'symbol') return x.toString();
    if (!isObject(x)) return typeof x === 'string' ? x : String(x);
    var c = x.constructor;
    return '#<' + (typeof c === 'function' && c.name ? c.name : 'Object') + '>';
  }
  function method(name, body) {
    Object.defineProperty(body, 'name', { value: name, configurable: true });
    hide(GeneratorPrototype, name, body);
  }
  method('next', function (value) { 'use strict'; return engineOf(this, 'next').next_(value); });
  method('return', function (value) { 'use strict'; return engineOf(this, 'return').return_(value); });
  method('throw', function (exception) { 'use strict'; return engineOf(this, 'throw').throw_(exception); });
  hide(GeneratorPrototype, ITERATOR, function () { return this; });
  Object.defineProperty(GeneratorPrototype[ITERATOR], 'name', { value: '[Symbol.iterator]', configurable: true });

  $jscomp.generator.createGenerator = function (fn, program) {
    var engine = new Engine(program);
    var proto = fn.prototype;
    if (isObject(proto) && Object.getPrototypeOf(proto) === Object.prototype) {
      // First call: this function's prototype becomes a generator prototype, as V8 makes it.
      Object.setPrototypeOf(proto, GeneratorPrototype);
      if (proto.hasOwnProperty('constructor') && proto.constructor === fn) delete proto.constructor;
    }
    var result = Object.create(isObject(proto) ? proto : GeneratorPrototype);
    hide(result, '$engine', engine);
    lastEngine = engine;
    lastGenerator = result;
    return result;
  };

  // ---------------------------------------------------------------- async generators

  var SUSPENDED_START = 0, SUSPENDED_YIELD = 1, EXECUTING = 2, AWAITING_RETURN = 3, COMPLETED = 4;
  var NORMAL = 0, RETURN = 1, THROW = 2;

  function Request(type, value, cap) {
    this.type = type;
    this.value = value;
    this.cap = cap;
  }

  function iterResult(value, done) {
    return { value: value, done: done };
  }

  function AsyncGenerator(generator) {
    if (generator !== lastGenerator) throw new TypeError('looplab: unexpected async generator shape');
    var engine = lastEngine;
    lastEngine = lastGenerator = null;
    var state = { gen: generator, engine: engine, status: SUSPENDED_START, queue: [], delegate: null };
    hide(this, '$state', state);
    engine.context_.$await = function (record) { onBodyYield(state, record); };
  }
  $jscomp.AsyncGeneratorWrapper = AsyncGenerator;
  var AsyncGeneratorPrototype = AsyncGenerator.prototype;
  linkGeneratorPrototype(AsyncGeneratorPrototype, 'AsyncGenerator');

  function stateOf(g, name) {
    var s = isObject(g) ? g.$state : undefined;
    if (s === undefined || s === null || s.gen === undefined) {
      throw new TypeError(name + ' method called on incompatible receiver ' + String(g));
    }
    return s;
  }

  hide(AsyncGeneratorPrototype, 'next', function next(value) {
    var cap = newCapability();
    var s;
    try { s = stateOf(this, 'next'); } catch (e) { cap.reject(e); return cap.promise; }
    if (s.status === COMPLETED) {
      cap.resolve(iterResult(undefined, true));
      return cap.promise;
    }
    var request = new Request(NORMAL, value, cap);
    s.queue.push(request);
    if (s.status === SUSPENDED_START || s.status === SUSPENDED_YIELD) resume(s, request);
    return cap.promise;
  });

  hide(AsyncGeneratorPrototype, 'return', function (value) {
    var cap = newCapability();
    var s;
    try { s = stateOf(this, 'return'); } catch (e) { cap.reject(e); return cap.promise; }
    var request = new Request(RETURN, value, cap);
    s.queue.push(request);
    if (s.status === SUSPENDED_START || s.status === COMPLETED) {
      s.status = AWAITING_RETURN;
      awaitReturn(s);
    } else if (s.status === SUSPENDED_YIELD) {
      resume(s, request);
    }
    return cap.promise;
  });

  hide(AsyncGeneratorPrototype, 'throw', function (exception) {
    var cap = newCapability();
    var s;
    try { s = stateOf(this, 'throw'); } catch (e) { cap.reject(e); return cap.promise; }
    if (s.status === SUSPENDED_START) s.status = COMPLETED;
    if (s.status === COMPLETED) {
      cap.reject(exception);
      return cap.promise;
    }
    var request = new Request(THROW, exception, cap);
    s.queue.push(request);
    if (s.status === SUSPENDED_YIELD) resume(s, request);
    return cap.promise;
  });

  hide(AsyncGeneratorPrototype, ASYNC_ITERATOR, function () { return this; });

  // AsyncGeneratorResume, and AsyncGeneratorUnwrapYieldResumption for a return request.
  function resume(s, request) {
    s.status = EXECUTING;
    if (s.delegate !== null) {
      resumeDelegate(s, request.type, request.value);
    } else if (request.type === RETURN && s.started) {
      try {
        awaitValue(request.value, function (v) { runBody(s, RETURN, v); },
            function (e) { runBody(s, THROW, e); });
      } catch (e) {
        runBody(s, THROW, e);
      }
    } else {
      s.started = true;
      runBody(s, request.type, request.value);
    }
  }

  // One step of the lowered body; what it yields was already acted on by onBodyYield.
  function runBody(s, type, value) {
    s.status = EXECUTING;
    var rec;
    try {
      rec = type === NORMAL ? s.engine.next_(value) : type === THROW ? s.engine.throw_(value) : s.engine.return_(value);
    } catch (e) {
      complete(s, THROW, e);
      return;
    }
    if (rec.done) {
      // `return x` awaits x (a bare `return` or the end of the body does not). Closure
      // lowers `return x` to a return of ActionRecord(YIELD_VALUE, x).
      var result = rec.value instanceof ActionRecord ? rec.value.value : rec.value;
      if (result === undefined) {
        complete(s, NORMAL, undefined);
        return;
      }
      try {
        awaitValue(result, function (v) { complete(s, NORMAL, v); },
            function (e) { complete(s, THROW, e); });
      } catch (e) {
        complete(s, THROW, e);
      }
      return;
    }
    var record = rec.value;
    if (record instanceof ActionRecord && record.action === Action.YIELD_STAR) {
      startDelegate(s, record.value);
    }
  }

  // Called inside Context.yield, while the body's frame is on the stack.
  function onBodyYield(s, record) {
    if (!(record instanceof ActionRecord)) return;
    if (record.action === Action.AWAIT_VALUE) {
      awaitValue(record.value, function (v) { runBody(s, NORMAL, v); },
          function (e) { runBody(s, THROW, e); });
    } else if (record.action === Action.YIELD_VALUE) {
      // yield v: Await(v), then AsyncGeneratorYield.
      awaitValue(record.value, function (v) { yieldValue(s, v); },
          function (e) { runBody(s, THROW, e); });
    }
  }

  // AsyncGeneratorYield: settle the first request; go on if more are queued.
  function yieldValue(s, value) {
    var request = s.queue.shift();
    request.cap.resolve(iterResult(value, false));
    if (s.queue.length > 0) {
      resume(s, s.queue[0]);
    } else {
      s.status = SUSPENDED_YIELD;
    }
  }

  // The body is done: settle the first request, then drain the rest (27.6.3.9/10).
  function complete(s, type, value) {
    s.status = COMPLETED;
    s.delegate = null;
    var request = s.queue.shift();
    if (request !== undefined) {
      if (type === THROW) request.cap.reject(value); else request.cap.resolve(iterResult(value, true));
    }
    drain(s);
  }

  function drain(s) {
    while (s.queue.length > 0) {
      var next = s.queue[0];
      if (next.type === RETURN) {
        s.status = AWAITING_RETURN;
        awaitReturn(s);
        return;
      }
      s.queue.shift();
      if (next.type === THROW) next.cap.reject(next.value); else next.cap.resolve(iterResult(undefined, true));
    }
  }

  function awaitReturn(s) {            // AsyncGeneratorAwaitReturn
    var request = s.queue[0];
    var settle = function (type, v) {
      s.status = COMPLETED;
      s.queue.shift();
      if (type === THROW) request.cap.reject(v); else request.cap.resolve(iterResult(v, true));
      drain(s);
    };
    try {
      awaitValue(request.value, function (v) { settle(NORMAL, v); }, function (e) { settle(THROW, e); });
    } catch (e) {
      settle(THROW, e);
    }
  }

  // ---------------------------------------------------------------- yield* in async generators

  function startDelegate(s, iterable) {
    try {
      s.delegate = getAsyncIterator(iterable);
    } catch (e) {
      runBody(s, THROW, e);
      return;
    }
    resumeDelegate(s, NORMAL, undefined);
  }

  function resumeDelegate(s, type, value) {
    var it = s.delegate;
    var method;
    try {
      if (type === NORMAL) {
        method = it.next;
      } else {
        method = it[type === THROW ? 'throw' : 'return'];
        if (method === undefined || method === null) {
          s.delegate = null;
          if (type === RETURN) {
            awaitValue(value, function (v) { runBody(s, RETURN, v); }, function (e) { runBody(s, THROW, e); });
          } else {
            closeQuietly(it);
            runBody(s, THROW, new TypeError('The iterator does not provide a \'throw\' method'));
          }
          return;
        }
      }
      var result = method.call(it, value);
      awaitValue(result, function (r) {
        // IteratorComplete and IteratorValue: an abrupt one (a throwing getter) goes into the body.
        var done, v;
        try {
          if (!isObject(r)) throw new TypeError('Iterator result ' + r + ' is not an object');
          done = r.done;
          v = r.value;
        } catch (e) {
          s.delegate = null;
          runBody(s, THROW, e);
          return;
        }
        if (done) {
          s.delegate = null;
          runBody(s, type === RETURN ? RETURN : NORMAL, v);
        } else {
          delegateYield(s, v);
        }
      }, function (e) {
        s.delegate = null;
        runBody(s, THROW, e);
      });
    } catch (e) {
      s.delegate = null;
      runBody(s, THROW, e);
    }
  }

  function delegateYield(s, value) {
    var request = s.queue.shift();
    request.cap.resolve(iterResult(value, false));
    if (s.queue.length > 0) {
      var next = s.queue[0];
      s.status = EXECUTING;
      resumeDelegate(s, next.type, next.value);
    } else {
      s.status = SUSPENDED_YIELD;
    }
  }

  function closeQuietly(it) {
    try {
      var ret = it['return'];
      if (ret !== undefined && ret !== null) ret.call(it);
    } catch (ignored) {
      // the TypeError wins
    }
  }

  // ---------------------------------------------------------------- for await

  function getAsyncIterator(obj) {      // GetIterator(obj, async)
    var method = obj === undefined || obj === null ? undefined : obj[ASYNC_ITERATOR];
    if (method === undefined || method === null) {
      return new AsyncFromSyncIterator(getSyncIterator(obj));
    }
    var it = method.call(obj);
    if (!isObject(it)) throw new TypeError('Result of the Symbol.asyncIterator method is not an object');
    return it;
  }

  function getSyncIterator(obj) {
    var method = obj === undefined || obj === null ? undefined : obj[ITERATOR];
    if (typeof method !== 'function') {
      throw new TypeError((obj === undefined || obj === null ? String(obj) : typeof obj) + ' is not async iterable');
    }
    var it = method.call(obj);
    if (!isObject(it)) throw new TypeError('Result of the Symbol.iterator method is not an object');
    return it;
  }

  // CreateAsyncFromSyncIterator (27.1.4)
  function AsyncFromSyncIterator(syncIterator) {
    hide(this, '$sync', syncIterator);
    hide(this, '$next', syncIterator.next);
  }
  function continuation(result) {       // AsyncFromSyncIteratorContinuation
    if (!isObject(result)) throw new TypeError('Iterator result ' + result + ' is not an object');
    var done = !!result.done;
    var wrapper = promiseResolve.call(NativePromise, result.value);
    return promiseThen.call(wrapper, function (v) { return iterResult(v, done); });
  }
  hide(AsyncFromSyncIterator.prototype, 'next', function next(v) {
    try {
      return continuation(arguments.length > 0 ? this.$next.call(this.$sync, v) : this.$next.call(this.$sync));
    } catch (e) {
      return promiseReject.call(NativePromise, e);
    }
  });
  hide(AsyncFromSyncIterator.prototype, 'return', function (v) {
    try {
      var ret = this.$sync['return'];
      if (ret === undefined || ret === null) return promiseResolve.call(NativePromise, iterResult(v, true));
      return continuation(arguments.length > 0 ? ret.call(this.$sync, v) : ret.call(this.$sync));
    } catch (e) {
      return promiseReject.call(NativePromise, e);
    }
  });
  hide(AsyncFromSyncIterator.prototype, 'throw', function (v) {
    try {
      var thr = this.$sync['throw'];
      if (thr === undefined || thr === null) return promiseReject.call(NativePromise, v);
      return continuation(thr.call(this.$sync, v));
    } catch (e) {
      return promiseReject.call(NativePromise, e);
    }
  });
  hide(AsyncFromSyncIterator.prototype, ASYNC_ITERATOR, function () { return this; });

  $jscomp.makeAsyncIterator = getAsyncIterator;

  // An object pattern's value (DestructureErrors): null and undefined throw V8's TypeError,
  // which names the first key ('' for none) and the value's code.
  $jscomp.looplabDestructure = function (value, key, source) {
    if (value === null || value === undefined) {
      throw new TypeError('Cannot destructure ' + (key === '' ? '' : "property '" + key + "' of ") + "'" + source +
        "' as it is " + value + '.');
    }
    return value;
  };

  // A lowered class's constructor, marked for inspect ([class A extends B]).
  $jscomp.looplabClass = function (ctor) {
    Object.defineProperty(ctor, '__looplabClass', { value: true });
    return ctor;
  };

  // Class methods and statics are not enumerable (for-in over an instance lists no methods).
  $jscomp.looplabMethod = function (owner, name, fn) {
    Object.defineProperty(owner, name, { value: fn, writable: true, configurable: true, enumerable: false });
  };

  // Private class members (#x), as lowering rewrites them (PrivateNames.java): each private
  // name is a hidden symbol `key`; a declaration assigns through a second symbol, the
  // `definer`, whose setter on Object.prototype defines `key` on the object, not enumerable
  // (console.log, Object.keys, spread and JSON never see it). Reading `key` from an object
  // that lacks it reaches the throwing accessor on Object.prototype: V8's brand check.
  var privateNames = {};
  var privateSymbols = [];
  var hasOwn = Object.prototype.hasOwnProperty;
  function privateName(id) {
    var known = privateNames[id];
    if (known !== undefined) return known;
    var name = id.substring(id.indexOf('#'));
    var key = Symbol(name);
    var definer = Symbol(name);
    Object.defineProperty(Object.prototype, key, {
      configurable: true, enumerable: false,
      get: function () { throw new TypeError('Cannot read private member ' + name + ' from an object whose class did not declare it'); },
      set: function () { throw new TypeError('Cannot write private member ' + name + ' to an object whose class did not declare it'); }
    });
    Object.defineProperty(Object.prototype, definer, {
      configurable: true, enumerable: false,
      get: function () { return undefined; },
      set: function (value) {
        if (hasOwn.call(this, key)) throw new TypeError('Cannot initialize ' + name + ' twice on the same object');
        // A private method is named after its key (#m), as an anonymous function a private field is initialized with.
        if (typeof value === 'function' && (value.name === '' || value.name.indexOf('$jscomp$') === 0)) {
          Object.defineProperty(value, 'name', { value: name, configurable: true });
        }
        Object.defineProperty(this, key, { value: value, writable: true, configurable: true, enumerable: false });
      }
    });
    // A private method (#m() {}): defined on its holder through `method`, and not writable.
    var method = Symbol(name);
    Object.defineProperty(Object.prototype, method, {
      configurable: true, enumerable: false,
      get: function () { return undefined; },
      set: function (fn) {
        if (hasOwn.call(this, key)) throw new TypeError('Cannot initialize ' + name + ' twice on the same object');
        if (typeof fn === 'function' && (fn.name === '' || fn.name.indexOf('$jscomp$') === 0)) {
          Object.defineProperty(fn, 'name', { value: name, configurable: true });
        }
        Object.defineProperty(this, key, {
          configurable: true, enumerable: false,
          get: function () { return fn; },
          set: function () { throw new TypeError("Private method '" + name + "' is not writable"); }
        });
      }
    });
    if (privateSymbols.length === 0) hidePrivateSymbols();
    privateSymbols.push(key, definer, method);
    known = privateNames[id] = { key: key, definer: definer, method: method, name: name };
    return known;
  }
  // Reflection does not list private names either.
  function hidePrivateSymbols() {
    var symbolsOf = Object.getOwnPropertySymbols;
    function isPrivate(k) { return typeof k === 'symbol' && privateSymbols.indexOf(k) >= 0; }
    hide(Object, 'getOwnPropertySymbols', function getOwnPropertySymbols(o) {
      return symbolsOf(o).filter(function (k) { return !isPrivate(k); });
    });
    if (typeof Reflect === 'object' && typeof Reflect.ownKeys === 'function') {
      var ownKeysOf = Reflect.ownKeys;
      hide(Reflect, 'ownKeys', function ownKeys(o) {
        return ownKeysOf(o).filter(function (k) { return !isPrivate(k); });
      });
    }
  }
  $jscomp.lpKey = function (id) { return privateName(id).key; };
  $jscomp.lpDefiner = function (id) { return privateName(id).definer; };
  $jscomp.lpMethod = function (id) { return privateName(id).method; };
  // `#x in obj`: obj or its prototypes (not Object.prototype's accessor) carry the member.
  $jscomp.lpIn = function (id, obj) {
    var p = privateName(id);
    if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
      throw new TypeError("Cannot use 'in' operator to search for '" + p.name + "' in " + String(obj));
    }
    for (var o = obj; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
      if (hasOwn.call(o, p.key)) return true;
    }
    return false;
  };

  // An object literal with a getter or setter written before a data property (Nashorn adds
  // accessors last): its own properties are re-added in the order written.
  $jscomp.looplabOrder = function (obj, keys) {
    var descriptors = [];
    var i;
    for (i = 0; i < keys.length; i++) {
      descriptors.push(Object.getOwnPropertyDescriptor(obj, keys[i]));
    }
    for (i = 0; i < keys.length; i++) {
      delete obj[keys[i]];
    }
    for (i = 0; i < keys.length; i++) {
      if (descriptors[i] !== undefined) Object.defineProperty(obj, keys[i], descriptors[i]);
    }
    return obj;
  };

  // An object literal with a computed getter or setter ({get [k]() {}}, which Closure cannot
  // lower): the literal up to the first such accessor is obj; pieces are the members after
  // it, in the order written: [kind, key, function] for a computed accessor, an object for
  // a run of other members, whose own properties are defined on obj as they are.
  $jscomp.looplabAccessors = function (obj, pieces) {
    for (var i = 0; i < pieces.length; i++) {
      var piece = pieces[i];
      if (Array.isArray(piece)) {
        var key = typeof piece[1] === 'symbol' ? piece[1] : String(piece[1]);
        var fn = piece[2];
        Object.defineProperty(fn, 'name', { value: piece[0] + ' ' + keyName(key), configurable: true });
        var old = Object.getOwnPropertyDescriptor(obj, key);
        var desc = { enumerable: true, configurable: true };
        if (piece[0] === 'get') {
          desc.get = fn;
          if (old !== undefined && old.set !== undefined) desc.set = old.set;
        } else {
          desc.set = fn;
          if (old !== undefined && old.get !== undefined) desc.get = old.get;
        }
        Object.defineProperty(obj, key, desc);
      } else {
        var keys = Object.getOwnPropertyNames(piece).concat(Object.getOwnPropertySymbols(piece));
        for (var j = 0; j < keys.length; j++) {
          Object.defineProperty(obj, keys[j], Object.getOwnPropertyDescriptor(piece, keys[j]));
        }
      }
    }
    return obj;
  };

  // A property key as a function name: a symbol's description in brackets.
  // A class's computed method, getter or setter (lower/ComputedMembers): named by its key,
  // not enumerable, and a getter joins the setter already there under the key (and back).
  $jscomp.looplabComputedMember = function (owner, key, kind, fn) {
    key = typeof key === 'symbol' ? key : String(key);
    Object.defineProperty(fn, 'name', { value: kind === 'method' ? keyName(key) : kind + ' ' + keyName(key), configurable: true });
    if (kind === 'method') {
      Object.defineProperty(owner, key, { value: fn, writable: true, configurable: true, enumerable: false });
      return;
    }
    var old = Object.getOwnPropertyDescriptor(owner, key);
    var desc = { enumerable: false, configurable: true };
    if (kind === 'get') {
      desc.get = fn;
      if (old !== undefined && old.set !== undefined) desc.set = old.set;
    } else {
      desc.set = fn;
      if (old !== undefined && old.get !== undefined) desc.get = old.get;
    }
    Object.defineProperty(owner, key, desc);
  };

  function keyName(key) {
    if (typeof key !== 'symbol') return key;
    var text = key.toString();
    return text.length > 8 ? '[' + text.slice(7, -1) + ']' : '';
  }

  // super(...) of a class that extends a built-in (Array, Map, Set, Promise...): Closure's
  // fallback calls the built-in without `new` (Map throws, Array returns a plain array). The
  // built-in constructs, then the object takes the derived class's prototype.
  var slice = Array.prototype.slice;
  $jscomp.construct = function (target, args, newTarget) {
    var Bound = Function.prototype.bind.apply(target, [null].concat(slice.call(args)));
    var out = new Bound();
    if (newTarget !== undefined && newTarget !== target && isObject(newTarget.prototype)) {
      Object.setPrototypeOf(out, newTarget.prototype);
    }
    return out;
  };

  // A static field's initializer or a static block, stored hidden on the class by the
  // lowering, runs once and leaves no trace on the class (Object.keys(A) lists only fields).
  $jscomp.looplabStaticInit = function (owner, name) {
    var init = owner[name];
    delete owner[name];
    return init.call(owner);
  };

  // A tagged template's first argument: a frozen array of the cooked strings whose
  // non-enumerable raw is a frozen array of the raw ones (Closure's version makes raw the
  // array itself, enumerable: inspect then shows `raw: [Circular *1]`).
  function templateObject(strings, raw) {
    Object.defineProperty(strings, 'raw', { value: Object.freeze(raw), writable: false, enumerable: false, configurable: false });
    return Object.freeze(strings);
  }
  $jscomp.createTemplateTagFirstArg = function (strings) {
    return templateObject(strings, strings.slice());
  };
  $jscomp.createTemplateTagFirstArgWithRaw = function (strings, raw) {
    return templateObject(strings, raw);
  };

  // Closure's inherits, without the goog-style superClass_ property and with a
  // non-enumerable prototype.constructor, as a class has.
  $jscomp.inherits = function (childCtor, parentCtor) {
    childCtor.prototype = Object.create(parentCtor.prototype);
    Object.defineProperty(childCtor.prototype, 'constructor',
        { value: childCtor, writable: true, configurable: true, enumerable: false });
    Object.setPrototypeOf(childCtor, parentCtor);
  };

  // ---------------------------------------------------------------- iteration as V8 reports it

  var arrayValues = Array.prototype[ITERATOR];
  $jscomp.makeIterator = function (iterable) {
    var method = iterable === undefined || iterable === null ? undefined : iterable[ITERATOR];
    if (typeof method !== 'function') {
      if (isObject(iterable) && Object.prototype.toString.call(iterable) === '[object Arguments]') {
        return arrayValues.call(iterable);  // Nashorn's arguments objects lack @@iterator
      }
      throw new TypeError(notIterable(iterable));
    }
    return method.call(iterable);
  };

  // The iterable of a for-of, a spread or an array pattern, checked where the code was written
  // (lower/IterableErrors): V8 names the value by its code. `source` is undefined where V8
  // prints no code; kind 1: the value is a call's result; 2: a spread argument of a call.
  $jscomp.looplabIterable = function (value, source, kind) {
    if (value !== undefined && value !== null && typeof value[ITERATOR] === 'function') return value;
    if (isObject(value) && Object.prototype.toString.call(value) === '[object Arguments]') return value;
    if (kind === 2) {
      if (value !== undefined && value !== null) {
        throw new TypeError('Spread syntax requires ...iterable[Symbol.iterator] to be a function');
      }
      if (source !== undefined) {
        throw new TypeError(source + ' is not iterable (cannot read property ' + value + ')');
      }
    } else if (source !== undefined) {
      throw new TypeError(source + (kind === 1 ? ' is not a function or its return value' : '') + ' is not iterable');
    }
    throw new TypeError(notIterable(value));
  };
  // What V8 says when it has no code to name the value by.
  function notIterable(x) {
    var typed = x === undefined ? 'undefined' : x === null ? 'object null'
      : typeof x === 'number' || typeof x === 'boolean' ? typeof x + ' ' + String(x)
      : typeof x === 'symbol' ? 'symbol ' + x.toString() : typeof x;
    return typed + ' is not iterable (cannot read property Symbol(Symbol.iterator))';
  }

  // ---------------------------------------------------------------- for-of, as ForIn/OfBodyEvaluation runs it
  // ForOf (lower/ForOfClose) rewrites `L: for (lhs of e) body` into
  //   var r = $jscomp.looplabForOf(e);
  //   try { L: for (; r.step();) { lhs = r.take(); body } } catch (x) { r.fail(); throw x; } finally { r.close(); }
  // next is read once (GetIterator), each result must be an object (IteratorNext), and an
  // iterator left by break, return, throw or an outer continue is closed (IteratorClose):
  // its return() is called; after a throw, whatever return() does is ignored.
  function ForOf(iterable) {
    var it = $jscomp.makeIterator(iterable);
    if (!isObject(it)) throw new TypeError('Result of the Symbol.iterator method is not an object');
    this.it = it;
    this.next = it.next;
    this.result = undefined;
    this.open = false;
  }
  ForOf.prototype.step = function () {
    this.open = false;
    var next = this.next;
    if (typeof next !== 'function') throw new TypeError(notAFunction(next));
    var r = next.call(this.it);
    if (!isObject(r)) throw new TypeError('Iterator result ' + show(r) + ' is not an object');
    if (r.done) return false;
    this.result = r;
    return true;
  };
  ForOf.prototype.take = function () {
    var v = this.result.value;
    this.result = undefined;
    this.open = true;
    return v;
  };
  ForOf.prototype.fail = function () {
    if (this.open) {
      this.open = false;
      try {
        var m = this.it['return'];
        if (m !== undefined && m !== null) m.call(this.it);
      } catch (ignored) {
        // IteratorClose with a throw completion: the loop's exception wins
      }
    }
  };
  ForOf.prototype.close = function () {
    if (this.open) {
      this.open = false;
      iteratorClose(this.it);
    }
  };
  $jscomp.looplabForOf = function (iterable) {
    return new ForOf(iterable);
  };

  // ---------------------------------------------------------------- array patterns, with [[Done]]
  // PatternClose (lower/PatternClose) turns Closure's `t = $jscomp.makeIterator(e); a = t.next().value; ...`
  // into `t = $jscomp.looplabPattern($jscomp.makeIterator(e)); try { ...; t.close(); }
  // catch (x) { t.fail(); throw x; }`. The record is the iterator record of the spec: next is
  // read once; once an IteratorStep or IteratorValue completed with done or threw, [[Done]] is
  // true and next() is not called again (an element past the end is undefined); a pattern
  // that ends or throws before the iterator is done closes it (IteratorClose).
  function Pattern(it) {
    if (!isObject(it)) throw new TypeError('Result of the Symbol.iterator method is not an object');
    this.it = it;
    this.nextMethod = it.next;
    this.done = false;
    this.step = { value: undefined, done: true };  // one result object, read at once by the lowered code
  }
  Pattern.prototype.next = function () {
    var step = this.step;
    if (this.done) {
      step.value = undefined;
      step.done = true;
      return step;
    }
    this.done = true;                      // until the step and its value were read
    var next = this.nextMethod;
    if (typeof next !== 'function') throw new TypeError(notAFunction(next));
    var r = next.call(this.it);
    if (!isObject(r)) throw new TypeError('Iterator result ' + show(r) + ' is not an object');
    if (r.done) {
      step.value = undefined;
      step.done = true;
      return step;
    }
    step.value = r.value;
    step.done = false;
    this.done = false;
    return step;
  };
  Pattern.prototype.close = function () {
    if (!this.done) {
      this.done = true;
      iteratorClose(this.it);
    }
  };
  Pattern.prototype.fail = function () {
    if (!this.done) {
      this.done = true;
      try {
        var m = this.it['return'];
        if (m !== undefined && m !== null) m.call(this.it);
      } catch (ignored) {
        // IteratorClose with a throw completion: the pattern's exception wins
      }
    }
  };
  $jscomp.looplabPattern = function (it) {
    return new Pattern(it);
  };

  /** IteratorClose(iterator, normal completion): a return() that is there must give an object. */
  function iteratorClose(it) {
    var m = it['return'];
    if (m === undefined || m === null) return;
    if (typeof m !== 'function') throw new TypeError(notAFunction(m));
    var r = m.call(it);
    if (!isObject(r)) throw new TypeError('Iterator result ' + show(r) + ' is not an object');
  }

  /** V8's "%s is not a function" for a value that is not callable. */
  function notAFunction(x) {
    if (isObject(x)) return 'object is not a function';
    return (x === undefined || x === null ? String(x) : typeof x + ' ' + show(x)) + ' is not a function';
  }

  function show(x) {
    return typeof x === 'symbol' ? x.toString() : String(x);
  }

};
})
