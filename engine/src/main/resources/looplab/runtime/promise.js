/*
 * looplab: Promise and AggregateError for Nashorn, following ECMAScript 2023 section 27.2
 * the way V8 (Node 20) runs it, job for job. The runtime calls this function once with
 *   host.enqueueJob(runner, arg, at)      queue the job runner(arg) on the microtask queue
 *   host.promiseRecord(x)                 the record set for x, or null
 *   host.setPromiseRecord(p, rec)         give the new promise p its record
 *   host.tracing, host.where()            where() ("file:line") is only called when tracing
 *   host.rejectionUnhandled(p, reason)    HostPromiseRejectionTracker(p, "reject")
 *   host.rejectionHandled(p)              HostPromiseRejectionTracker(p, "handle")
 * and gets { Promise, AggregateError, internals } (internals: see the end of the file).
 *
 * Internal slots live in one record per promise, which the host keeps in the promise under a
 * key no script can name or list (as V8 keeps them outside its properties: Node's
 * Object.getOwnPropertySymbols(p) is empty). A WeakMap would hide them too but costs over
 * 1 us per promise on Nashorn.
 *
 * Where Nashorn 15.7 cannot follow V8: no Symbol.species (made here; its getters on Nashorn's
 * own classes are emulated until polyfills.js defines them, see speciesConstructor) and no Symbol.toStringTag (Promise.prototype gets a toString instead);
 * no new.target (a call is told from `new` by a fresh object whose prototype is
 * Promise.prototype).
 */
(function (host) {
  // Not strict as a whole: Nashorn gives every strict function object its own poisoned
  // 'caller'/'arguments' accessors, which triples the cost of the closures made per job.
  // The functions whose `this` matters say 'use strict' themselves.

  var ITERATOR = Symbol.iterator;
  // Nashorn 15.7 has no Symbol.species: it is made here or by polyfills.js, whichever runs
  // first (polyfills.js gives Array, Map, Set, RegExp and ArrayBuffer their getters).
  if (Symbol.species === undefined) {
    Object.defineProperty(Symbol, 'species', { value: Symbol('Symbol.species') });
  }
  var SPECIES = Symbol.species;
  var TO_STRING_TAG = Symbol.toStringTag; // undefined on Nashorn 15.7
  var PENDING = 0, FULFILLED = 1, REJECTED = 2;
  var STATE_NAMES = ['pending', 'fulfilled', 'rejected'];
  var DONE = {};                          // IteratorStep's `false`
  var getPrototypeOf = Object.getPrototypeOf;
  var defineProperty = Object.defineProperty;
  var callFn = Function.prototype.call.bind(Function.prototype.call); // Call(F, V, ...args)
  var objectToString = Object.prototype.toString;
  var ArrayValues = Array.prototype[ITERATOR];
  var NO_AT = undefined;                  // "compute where() lazily if it turns out to be needed"
  // Built on first need: naming a typed array makes Nashorn set up its constructor in this
  // global, ten of them cost a fresh global more than the rest of this file.
  var speciesGetterOwners;
  function hasSpeciesGetter(C) {
    if (speciesGetterOwners === undefined) {
      speciesGetterOwners = [Array, Map, Set, RegExp, ArrayBuffer, Int8Array, Uint8Array,
        Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
    }
    return speciesGetterOwners.indexOf(C) !== -1;
  }

  /* ---------------------------------------------------------------- records */
  // Records are object literals: on Nashorn a literal is up to 10x cheaper than `new F()`
  // with the same fields when C2 is off (as the launcher runs it), and no dearer with C2.
  //
  // promise record: { promise, state, result, handled ([[PromiseIsHandled]]), head, tail }
  //   (head/tail: the reactions, in registration order)
  // reaction: { onFulfilled, onRejected, drec, cap, at, rejected, arg, next }, a fulfill/reject
  //   pair sharing one capability. Exactly one of drec (a derived promise only we can
  //   resolve) and cap (a user-visible capability) is set, or neither (PerformPromiseThen
  //   without a result capability, as await uses it).
  // capability: { promise, resolve, reject }
  //
  // The hot paths test truthiness rather than `=== undefined` and compute typeof once: with
  // C1 only, Nashorn's generic strict equality is the dearest thing in them after allocation.

  function PromiseObject() {}             // a promise object before its slots are attached

  function attachRecord(promise) {
    var rec = { promise: promise, state: PENDING, result: undefined, handled: false, head: null, tail: null };
    host.setPromiseRecord(promise, rec);
    return rec;
  }

  function recordOf(x) {                  // null for anything but a promise
    return host.promiseRecord(x);
  }

  function isObject(x) {
    var t = typeof x;
    return t === 'object' ? x !== null : t === 'function';
  }

  function where() {
    return host.tracing ? host.where() : null;
  }

  /* --------------------------------------------------------- V8's messages */

  function describe(x) {                  // as in "Promise resolver #<Object> is not a function"
    if (typeof x === 'symbol') return x.toString();
    if (!isObject(x)) return String(x);
    if (typeof x === 'function') return Function.prototype.toString.call(x);
    if (Array.isArray(x)) return '[object Array]';
    if (getPrototypeOf(x) === null) return '[object Object]';
    var c = x.constructor;
    return '#<' + (typeof c === 'function' && c.name ? c.name : 'Object') + '>';
  }

  function describeTyped(x) {             // as in "number 5 is not iterable"
    if (x === undefined) return 'undefined';
    if (x === null) return 'object null';
    var t = typeof x;
    if (t === 'number' || t === 'boolean') return t + ' ' + String(x);
    if (t === 'string') return 'string "' + x + '"';
    return t;
  }

  function notFunction(x) {
    return new TypeError(describeTyped(x) + ' is not a function');
  }

  /* --------------------------------------------- settling (27.2.1.4 - 27.2.1.8) */

  function fulfillPromise(rec, value) {
    var head = rec.head;
    rec.result = value;
    rec.state = FULFILLED;
    if (head) {
      rec.head = rec.tail = null;
      trigger(head, false, value);
    }
  }

  function rejectPromise(rec, reason) {
    var head = rec.head;
    rec.result = reason;
    rec.state = REJECTED;
    if (!rec.handled) host.rejectionUnhandled(rec.promise, reason);
    if (head) {
      rec.head = rec.tail = null;
      trigger(head, true, reason);
    }
  }

  function trigger(r, rejected, arg) {
    while (r) {
      var next = r.next;
      r.next = null;
      r.rejected = rejected;
      r.arg = arg;
      host.enqueueJob(runReaction, r, r.at);
      r = next;
    }
  }

  // The steps of a promise resolve function after its [[AlreadyResolved]] check (27.2.1.3.2).
  // `at` is where the resolve call happened (NO_AT: ask host.where() if a job is queued).
  function resolvePromise(rec, resolution, at) {
    if (resolution === rec.promise) {
      rejectPromise(rec, new TypeError('Chaining cycle detected for promise #<Promise>'));
      return;
    }
    var t = typeof resolution;
    if (t === 'object' ? resolution === null : t !== 'function') {
      fulfillPromise(rec, resolution);
      return;
    }
    var then;
    try {
      then = resolution.then;
    } catch (e) {
      rejectPromise(rec, e);
      return;
    }
    if (typeof then !== 'function') {
      fulfillPromise(rec, resolution);
      return;
    }
    if (at === NO_AT) at = where();
    host.enqueueJob(runThenableJob, { rec: rec, thenable: resolution, then: then, at: at }, at);
  }

  function createResolvingFunctions(rec) {  // 27.2.1.3; returned as a Capability
    var alreadyResolved = false;
    var resolveFn = function (resolution) {
      if (alreadyResolved) return undefined;
      alreadyResolved = true;
      resolvePromise(rec, resolution, NO_AT);
      return undefined;
    };
    var rejectFn = function (reason) {
      if (alreadyResolved) return undefined;
      alreadyResolved = true;
      rejectPromise(rec, reason);
      return undefined;
    };
    return { promise: rec.promise, resolve: resolveFn, reject: rejectFn };
  }

  /* ------------------------------------------------------------------ jobs */

  function runReaction(r) {               // NewPromiseReactionJob (27.2.2.1)
    var rejected = r.rejected;
    var handler = rejected ? r.onRejected : r.onFulfilled;
    var arg = r.arg;
    r.arg = undefined;
    var drec = r.drec;
    if (!drec && !r.cap) {
      if (handler) handler(arg);          // no capability: errors propagate to the loop
      return;
    }
    var value = arg;
    if (handler) {
      try {
        value = handler(arg);
        rejected = false;
      } catch (e) {
        value = e;
        rejected = true;
      }
    }
    if (drec) {
      if (rejected) rejectPromise(drec, value); else resolvePromise(drec, value, r.at);
    } else {
      var settle = rejected ? r.cap.reject : r.cap.resolve;
      settle(value);
    }
  }

  function runThenableJob(job) {
    runThenable(job.rec, job.thenable, job.then, job.at);
  }

  function runThenable(rec, thenable, then, at) { // NewPromiseResolveThenableJob (27.2.2.2)
    var trec = then === promiseThen ? recordOf(thenable) : null;
    var C;
    if (trec !== null) {
      // thenable.then is the real one: run its steps here. When the species is Promise the
      // derived promise and the resolving functions are unobservable, so skip them (as V8 does).
      try {
        C = speciesConstructor(thenable);
      } catch (e) {
        rejectPromise(rec, e);
        return;
      }
      if (C === Promise) {
        performThen(trec, undefined, undefined, rec, null, at);
        return;
      }
    }
    var fns = createResolvingFunctions(rec);
    try {
      if (trec !== null) thenWith(trec, C, fns.resolve, fns.reject, at);
      else callFn(then, thenable, fns.resolve, fns.reject);
    } catch (e) {
      var rejectFn = fns.reject;
      rejectFn(e);
    }
  }

  /* ---------------------------------------------------------------- then */

  function performThen(rec, onFulfilled, onRejected, drec, cap, at) { // 27.2.5.4.1
    var r = {
      onFulfilled: typeof onFulfilled === 'function' ? onFulfilled : undefined,
      onRejected: typeof onRejected === 'function' ? onRejected : undefined,
      drec: drec, cap: cap, at: at, rejected: false, arg: undefined, next: null
    };
    var state = rec.state;
    if (!state) {                         // PENDING
      var tail = rec.tail;
      if (tail) tail.next = r; else rec.head = r;
      rec.tail = r;
    } else {
      if (state === REJECTED) {
        if (!rec.handled) host.rejectionHandled(rec.promise);
        r.rejected = true;
      }
      r.arg = rec.result;
      host.enqueueJob(runReaction, r, at);
    }
    rec.handled = true;
  }

  function thenWith(rec, C, onFulfilled, onRejected, at) {
    if (C === Promise) {
      var drec = attachRecord(new PromiseObject());
      performThen(rec, onFulfilled, onRejected, drec, null, at);
      return drec.promise;
    }
    var cap = newPromiseCapability(C);
    performThen(rec, onFulfilled, onRejected, null, cap, at);
    return cap.promise;
  }

  function speciesConstructor(O) {        // 27.2.5.4 step 3 / 7.3.22
    var C = O.constructor;
    if (C === Promise || C === undefined) return Promise;
    if (!isObject(C)) throw new TypeError('The .constructor property is not an object');
    var S = C[SPECIES];
    if (S === undefined && !(SPECIES in C)) {
      // Nashorn's own Array, Map, ... have no @@species getter until polyfills.js gives them
      // one: behave like it (`get [Symbol.species]() { return this; }`) for what inherits from them.
      for (var p = C; p !== null; p = getPrototypeOf(p)) {
        if (hasSpeciesGetter(p)) { S = C; break; }
      }
    }
    if (S === undefined || S === null) return Promise;
    if (typeof S === 'function') return S;
    throw new TypeError('object.constructor[Symbol.species] is not a constructor');
  }

  function newPromiseCapability(C) {      // 27.2.1.5
    if (C === Promise) return createResolvingFunctions(attachRecord(new PromiseObject()));
    if (typeof C !== 'function') throw new TypeError(describe(C) + ' is not a constructor');
    var cap = { promise: undefined, resolve: undefined, reject: undefined };
    var executor = function (resolveFn, rejectFn) {
      if (cap.resolve !== undefined || cap.reject !== undefined) {
        throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
      }
      cap.resolve = resolveFn;
      cap.reject = rejectFn;
      return undefined;
    };
    var promise = new C(executor);
    if (typeof cap.resolve !== 'function' || typeof cap.reject !== 'function') {
      throw new TypeError('Promise resolve or reject function is not callable');
    }
    cap.promise = promise;
    return cap;
  }

  function promiseResolve(C, x) {         // 27.2.4.7.1
    if (recordOf(x) !== null && x.constructor === C) return x;
    if (C === Promise) {
      var rec = attachRecord(new PromiseObject());
      resolvePromise(rec, x, NO_AT);
      return rec.promise;
    }
    var cap = newPromiseCapability(C);
    var resolveFn = cap.resolve;
    resolveFn(x);
    return cap.promise;
  }

  function invokeThen(x, onFulfilled, onRejected) { // Invoke(x, "then", ...)
    if (x === undefined || x === null) {
      throw new TypeError('Cannot read properties of ' + x + " (reading 'then')");
    }
    var then = x.then;
    if (typeof then !== 'function') throw notFunction(then);
    return callFn(then, x, onFulfilled, onRejected);
  }

  /* ----------------------------------------------------------- Promise */

  function Promise(executor) {            // 27.2.3.1
    'use strict';
    if (this === undefined || this === null || getPrototypeOf(this) !== PromisePrototype ||
        recordOf(this) !== null) {
      throw new TypeError("Promise constructor cannot be invoked without 'new'");
    }
    if (typeof executor !== 'function') {
      throw new TypeError('Promise resolver ' + describe(executor) + ' is not a function');
    }
    construct(this, executor);
  }

  function construct(promise, executor) {  // sloppy, so that its closures are cheap
    var rec = attachRecord(promise);
    var alreadyResolved = false;
    var resolveFn = function (resolution) {
      if (alreadyResolved) return undefined;
      alreadyResolved = true;
      resolvePromise(rec, resolution, NO_AT);
      return undefined;
    };
    var rejectFn = function (reason) {
      if (alreadyResolved) return undefined;
      alreadyResolved = true;
      rejectPromise(rec, reason);
      return undefined;
    };
    try {
      executor(resolveFn, rejectFn);
    } catch (e) {
      rejectFn(e);
    }
  }

  var PromisePrototype = Promise.prototype;
  PromiseObject.prototype = PromisePrototype;

  var promiseThen = function then(onFulfilled, onRejected) { // 27.2.5.4
    'use strict';
    var rec = recordOf(this);
    if (rec === null) {
      throw new TypeError('Method Promise.prototype.then called on incompatible receiver ' +
          describe(this));
    }
    return thenWith(rec, speciesConstructor(this), onFulfilled, onRejected,
        host.tracing ? host.where() : null);
  };

  function promiseCatch(onRejected) {     // 27.2.5.1
    'use strict';
    return invokeThen(this, undefined, onRejected);
  }

  function promiseFinally(onFinally) {    // 27.2.5.3
    'use strict';
    if (!isObject(this)) throw new TypeError('Promise.prototype.finally called on non-object');
    var C = speciesConstructor(this);
    if (typeof onFinally !== 'function') return invokeThen(this, onFinally, onFinally);
    return invokeThen(this, thenFinally(C, onFinally), catchFinally(C, onFinally));
  }

  function thenFinally(C, onFinally) {
    return function (value) {
      var result = onFinally();
      var p = promiseResolve(C, result);
      return invokeThen(p, function () { return value; }, undefined);
    };
  }

  function catchFinally(C, onFinally) {
    return function (reason) {
      var result = onFinally();
      var p = promiseResolve(C, result);
      return invokeThen(p, function () { throw reason; }, undefined);
    };
  }

  var promiseStaticResolve = function resolve(x) {      // 27.2.4.7
    'use strict';
    if (this !== Promise && !isObject(this)) throw new TypeError('PromiseResolve called on non-object');
    return promiseResolve(this, x);
  };

  var promiseStaticReject = function reject(r) {       // 27.2.4.6
    'use strict';
    if (!isObject(this)) throw new TypeError('PromiseReject called on non-object');
    if (this === Promise) {
      var rec = attachRecord(new PromiseObject());
      rejectPromise(rec, r);
      return rec.promise;
    }
    var cap = newPromiseCapability(this);
    var rejectFn = cap.reject;
    rejectFn(r);
    return cap.promise;
  };

  /* ------------------------------------------------- iteration (7.4) */

  function getIterator(obj) {
    var method = obj === undefined || obj === null ? undefined : obj[ITERATOR];
    if (method === undefined && isObject(obj) && objectToString.call(obj) === '[object Arguments]') {
      method = ArrayValues;             // Nashorn's arguments objects lack @@iterator
    }
    if (typeof method !== 'function') {
      throw new TypeError(describeTyped(obj) +
          ' is not iterable (cannot read property Symbol(Symbol.iterator))');
    }
    var iterator = callFn(method, obj);
    if (!isObject(iterator)) throw new TypeError('Result of the Symbol.iterator method is not an object');
    return { iterator: iterator, next: iterator.next, done: false };
  }

  function iteratorStep(ir) {             // IteratorStep + IteratorValue; DONE when exhausted
    ir.done = true;                       // stays set if next(), done or value throw
    var next = ir.next;
    if (typeof next !== 'function') throw notFunction(next);
    var result = callFn(next, ir.iterator);
    if (!isObject(result)) throw new TypeError('Iterator result ' + describe(result) + ' is not an object');
    if (result.done) return DONE;
    var value = result.value;
    ir.done = false;
    return value;
  }

  function iteratorCloseOnThrow(ir) {     // IteratorClose with a throw completion
    try {
      var ret = ir.iterator.return;
      if (ret !== undefined && ret !== null) callFn(ret, ir.iterator);
    } catch (ignored) {
      // the original error wins
    }
  }

  /* ------------------------------------------- Promise.all and friends */

  // 27.2.4.1 etc.: the common frame; `perform` is PerformPromiseAll/-AllSettled/-Any/-Race.
  function combinator(C, iterable, name, perform) {
    if (!isObject(C)) throw new TypeError(name + ' called on non-object');
    var cap = newPromiseCapability(C);
    var ir = null;
    try {
      var promiseResolveFn = C.resolve;
      if (typeof promiseResolveFn !== 'function') throw new TypeError('resolve is not a function');
      ir = getIterator(iterable);
      perform(ir, C, cap, promiseResolveFn);
    } catch (e) {
      if (ir !== null && !ir.done) iteratorCloseOnThrow(ir);
      var rejectFn = cap.reject;
      rejectFn(e);
    }
    return cap.promise;
  }

  function performAll(ir, C, cap, promiseResolveFn) {
    var values = [];
    var counter = { remaining: 1 };
    for (var index = 0; ; index++) {
      var next = iteratorStep(ir);
      if (next === DONE) {
        if (--counter.remaining === 0) callFn(cap.resolve, undefined, values);
        return;
      }
      values[index] = undefined;
      var nextPromise = callFn(promiseResolveFn, C, next);
      var onFulfilled = allResolveElement(index, values, cap, counter);
      counter.remaining++;
      invokeThen(nextPromise, onFulfilled, cap.reject);
    }
  }

  function allResolveElement(index, values, cap, counter) {
    var alreadyCalled = false;
    return function (x) {
      if (alreadyCalled) return undefined;
      alreadyCalled = true;
      values[index] = x;
      if (--counter.remaining === 0) callFn(cap.resolve, undefined, values);
      return undefined;
    };
  }

  function performAllSettled(ir, C, cap, promiseResolveFn) {
    var values = [];
    var counter = { remaining: 1 };
    for (var index = 0; ; index++) {
      var next = iteratorStep(ir);
      if (next === DONE) {
        if (--counter.remaining === 0) callFn(cap.resolve, undefined, values);
        return;
      }
      values[index] = undefined;
      var nextPromise = callFn(promiseResolveFn, C, next);
      var fns = allSettledElements(index, values, cap, counter);
      counter.remaining++;
      invokeThen(nextPromise, fns.resolve, fns.reject);
    }
  }

  function allSettledElements(index, values, cap, counter) {
    var alreadyCalled = false;
    var onFulfilled = function (x) {
      if (alreadyCalled) return undefined;
      alreadyCalled = true;
      values[index] = { status: 'fulfilled', value: x };
      if (--counter.remaining === 0) callFn(cap.resolve, undefined, values);
      return undefined;
    };
    var onRejected = function (x) {
      if (alreadyCalled) return undefined;
      alreadyCalled = true;
      values[index] = { status: 'rejected', reason: x };
      if (--counter.remaining === 0) callFn(cap.resolve, undefined, values);
      return undefined;
    };
    return { promise: undefined, resolve: onFulfilled, reject: onRejected };
  }

  function performAny(ir, C, cap, promiseResolveFn) {
    var errors = [];
    var counter = { remaining: 1 };
    for (var index = 0; ; index++) {
      var next = iteratorStep(ir);
      if (next === DONE) {
        if (--counter.remaining === 0) throw aggregateError(errors);
        return;
      }
      errors[index] = undefined;
      var nextPromise = callFn(promiseResolveFn, C, next);
      var onRejected = anyRejectElement(index, errors, cap, counter);
      counter.remaining++;
      invokeThen(nextPromise, cap.resolve, onRejected);
    }
  }

  function anyRejectElement(index, errors, cap, counter) {
    var alreadyCalled = false;
    return function (x) {
      if (alreadyCalled) return undefined;
      alreadyCalled = true;
      errors[index] = x;
      if (--counter.remaining === 0) callFn(cap.reject, undefined, aggregateError(errors));
      return undefined;
    };
  }

  function performRace(ir, C, cap, promiseResolveFn) {
    for (;;) {
      var next = iteratorStep(ir);
      if (next === DONE) return;
      var nextPromise = callFn(promiseResolveFn, C, next);
      invokeThen(nextPromise, cap.resolve, cap.reject);
    }
  }

  function all(iterable) { 'use strict'; return combinator(this, iterable, 'Promise.all', performAll); }
  function allSettled(iterable) { 'use strict'; return combinator(this, iterable, 'Promise.allSettled', performAllSettled); }
  function any(iterable) { 'use strict'; return combinator(this, iterable, 'Promise.any', performAny); }
  function race(iterable) { 'use strict'; return combinator(this, iterable, 'Promise.race', performRace); }

  /* ------------------------------------------------ AggregateError (20.5.7) */

  function AggregateError(errors, message) {
    'use strict';
    var proto = this instanceof AggregateError ? getPrototypeOf(this) : AggregateErrorPrototype;
    var O = message === undefined ? new Error() : new Error(String(message));
    Object.setPrototypeOf(O, proto);
    var options = arguments.length > 2 ? arguments[2] : undefined;
    if (isObject(options) && 'cause' in options) {
      defineProperty(O, 'cause', { value: options.cause, writable: true, configurable: true });
    }
    var list = [];
    var ir = getIterator(errors);
    for (var v = iteratorStep(ir); v !== DONE; v = iteratorStep(ir)) list[list.length] = v;
    defineProperty(O, 'errors', { value: list, writable: true, configurable: true });
    return O;
  }

  var AggregateErrorPrototype = Object.create(Error.prototype);

  function aggregateError(errors) {
    var e = new Error('All promises were rejected');
    Object.setPrototypeOf(e, AggregateErrorPrototype);
    defineProperty(e, 'errors', { value: errors, writable: true, configurable: true });
    return e;
  }

  /* -------------------------------------------------------- properties */

  function method(obj, name, fn) {
    if (typeof fn === 'function' && name !== 'constructor') {
      // not a constructor, as polyfills.js marks one (Reflect.construct honours it)
      defineProperty(fn, 'prototype', { value: undefined, writable: false });
    }
    defineProperty(obj, name, { value: fn, writable: true, configurable: true });
  }

  function rename(fn, name) {
    try {
      defineProperty(fn, 'name', { value: name });
    } catch (e) {
      // plain Nashorn, where a function's name cannot be redefined: it keeps ours
    }
  }

  method(Promise, 'all', all);
  method(Promise, 'allSettled', allSettled);
  method(Promise, 'any', any);
  method(Promise, 'race', race);
  method(Promise, 'resolve', promiseStaticResolve);
  method(Promise, 'reject', promiseStaticReject);
  var speciesGetter = function () { 'use strict'; return this; };
  rename(speciesGetter, 'get [Symbol.species]');
  defineProperty(Promise, SPECIES, { get: speciesGetter, configurable: true });
  method(PromisePrototype, 'then', promiseThen);
  method(PromisePrototype, 'catch', promiseCatch);
  method(PromisePrototype, 'finally', promiseFinally);
  // (named here: 'catch' and 'finally' are not names a function declaration can have in ES5)
  rename(promiseCatch, 'catch');
  rename(promiseFinally, 'finally');
  if (TO_STRING_TAG !== undefined) {
    defineProperty(PromisePrototype, TO_STRING_TAG, { value: 'Promise', configurable: true });
  } else {
    // No @@toStringTag here: give String(p), '' + p and `${p}` V8's "[object Promise]" at
    // least (Object.prototype.toString.call(p) still says "[object Object]").
    method(PromisePrototype, 'toString', function toString() { return '[object Promise]'; });
  }
  defineProperty(Promise, 'prototype', { writable: false });

  method(AggregateErrorPrototype, 'constructor', AggregateError);
  method(AggregateErrorPrototype, 'name', 'AggregateError');
  method(AggregateErrorPrototype, 'message', '');
  defineProperty(AggregateError, 'prototype', { value: AggregateErrorPrototype, writable: false });
  Object.setPrototypeOf(AggregateError, Error);

  /* --------------------------------------------------------- internals */

  var internals = {
    isPromise: function (x) {
      return recordOf(x) !== null;
    },
    promiseResolve: promiseResolve,
    // PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability): `capability` is
    // a {promise, resolve, reject} record or undefined (then there is no derived promise and
    // an exception thrown by a handler propagates out of the job).
    performPromiseThen: function (promise, onFulfilled, onRejected, capability) {
      var rec = recordOf(promise);
      if (rec === null) throw new TypeError('performPromiseThen: not a promise');
      performThen(rec, onFulfilled, onRejected, null,
          capability === undefined || capability === null ? null : capability, where());
      return capability === undefined || capability === null ? undefined : capability.promise;
    },
    newPromiseCapability: newPromiseCapability,
    // Sets [[PromiseIsHandled]]; a promise already reported as unhandled is reported handled.
    markHandled: function (promise) {
      var rec = recordOf(promise);
      if (rec === null || rec.handled) return;
      rec.handled = true;
      if (rec.state === REJECTED) host.rejectionHandled(promise);
    },
    state: function (p) {
      var rec = recordOf(p);
      return rec === null ? undefined : STATE_NAMES[rec.state];
    },
    result: function (p) {
      var rec = recordOf(p);
      return rec === null ? undefined : rec.result;
    }
  };

  return { Promise: Promise, AggregateError: AggregateError, internals: internals };
})
