// Unhandled promise rejections, as Node 20's default --unhandled-rejections=throw mode handles
// them (lib/internal/process/promises.js): a rejection still unhandled once the microtask
// queue has drained goes to 'unhandledRejection' listeners, or else ends the process.
(function (host, process, errors) {
  'use strict';
  // As Node 20.20 keeps them: rejections not yet reported wait in `pending` (in order); a
  // report moves the promise to `reported`, where a handler arriving later finds it and
  // queues a 'rejectionHandled'. Each drain reports the rejections pending when it starts: a
  // handler attached by an 'unhandledRejection' listener to a promise of the same batch does
  // not save that promise from its report (it is in neither map at that moment), as in Node.
  var pending = new Map();              // promise -> { reason, warned, uid }
  var reported = new WeakMap();         // promise -> the same record, once reported
  var handledLate = [];                 // { kind: 'handled', promise, uid, at }, in order

  var lastId = 0;

  function unhandled(promise, reason) {
    pending.set(promise, { reason: reason, warned: false, uid: ++lastId, at: host.tracing ? host.where() : null });
    host.rejectionsQueued();
  }

  function handled(promise) {
    if (pending.has(promise)) {
      pending.delete(promise);          // handled in time: nothing to report
      return;
    }
    var info = reported.get(promise);
    if (info === undefined || info === null) {
      return;
    }
    reported.delete(promise);
    if (info.warned) {
      handledLate.push({ kind: 'handled', promise: promise, uid: info.uid, at: host.tracing ? host.where() : null });
      host.rejectionsQueued();
    }
  }

  // What a drain handles, in Node's order (processPromiseRejections): the late handlers
  // first, then every rejection pending now; null when there is nothing.
  function take() {
    if (handledLate.length === 0 && pending.size === 0) {
      return null;
    }
    var batch = handledLate;
    handledLate = [];
    var now = pending;
    pending = new Map();
    now.forEach(function (info, promise) {
      batch.push({ kind: 'unhandled', promise: promise, info: info, at: info.at });
    });
    return batch;
  }

  // V8's data-property lookup along the prototype chain: a getter is never called.
  function dataProperty(o, key) {
    for (var cur = o; cur !== null && cur !== undefined; cur = Object.getPrototypeOf(cur)) {
      var d = Object.getOwnPropertyDescriptor(cur, key);
      if (d !== undefined) {
        return 'value' in d ? d.value : undefined;
      }
    }
    return undefined;
  }

  // Node shows the reason as V8's NoSideEffectsToString does: no user toString is ever called.
  // Primitives print as String() would; errors as "name: message" read without getters; an
  // object that inherits Object.prototype.toString as "#<Constructor>"; any other object
  // (arrays, dates, an own toString, a null prototype) as "[object Tag]".
  function noSideEffectsToString(v) {
    if (typeof v === 'symbol') {
      return v.toString();  // String(symbol) throws on Nashorn
    }
    if (typeof v === 'function') {
      return Function.prototype.toString.call(v);
    }
    if (v === null || typeof v !== 'object') {
      return String(v);
    }
    var toString = dataProperty(v, 'toString');
    if (v instanceof Error || toString === Error.prototype.toString) {
      var name = dataProperty(v, 'name');
      var message = dataProperty(v, 'message');
      name = typeof name === 'string' ? name : 'Error';
      message = typeof message === 'string' ? message : '';
      return name === '' ? message : message === '' ? name : name + ': ' + message;
    }
    if (toString === Object.prototype.toString) {
      var ctor = dataProperty(v, 'constructor');
      if (typeof ctor === 'function') {
        var ctorName = dataProperty(ctor, 'name');
        if (typeof ctorName === 'string' && ctorName !== '') {
          return '#<' + ctorName + '>';
        }
      }
    }
    return Object.prototype.toString.call(v);
  }

  // Node 20 throws the reason itself when it looks like an error (an object with its own
  // `stack`); anything else is wrapped, even Object.create(Error.prototype). A Nashorn error
  // gets its own `stack` lazily: until then it is known by its own `nashornException`.
  function isErrorLike(v) {
    return typeof v === 'object' && v !== null &&
      (Object.prototype.hasOwnProperty.call(v, 'stack') ||
       Object.prototype.hasOwnProperty.call(v, 'nashornException'));
  }

  function UnhandledPromiseRejection(reason) {
    var message = 'This error originated either by throwing inside of an async function ' +
      'without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
      'The promise rejected with the reason "' + noSideEffectsToString(reason) + '".';
    var err = new Error(message);
    err.name = 'UnhandledPromiseRejection';
    // Node's class is a plain Error subclass, not one of its coded errors: the code is a
    // property, not part of the stack's first line. Its frames are all node:internal ones
    // (left out), so the report prints it unbracketed, as Node does.
    err.stack = 'UnhandledPromiseRejection: ' + message;
    Object.defineProperty(err, '__looplabNodeFrames', { value: true, writable: true, configurable: true, enumerable: false });
    return errors.withCode(err, 'ERR_UNHANDLED_REJECTION');
  }

  function handle(entry) {
    var promise = entry.promise;
    if (entry.kind === 'handled') {
      // Nobody listening: Node warns instead (the id counts every rejection that went unhandled).
      if (!process.emit('rejectionHandled', promise)) {
        var warning = new Error('Promise rejection was handled asynchronously (rejection id: ' + entry.uid + ')');
        warning.name = 'PromiseRejectionHandledWarning';
        process.emitWarning(warning);
      }
      return;
    }
    var info = entry.info;
    reported.set(promise, info);
    info.warned = true;
    if (process.emit('unhandledRejection', info.reason, promise)) {
      return;
    }
    var err = isErrorLike(info.reason) ? info.reason : UnhandledPromiseRejection(info.reason);
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', err, 'unhandledRejection');
      return;
    }
    host.fatal(err, 'unhandledRejection');
  }

  return { unhandled: unhandled, handled: handled, take: take, handle: handle };
})
