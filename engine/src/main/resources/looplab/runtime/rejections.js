// Unhandled promise rejections, as Node 20's default --unhandled-rejections=throw mode handles
// them (lib/internal/process/promises.js): a rejection still unhandled once the microtask
// queue has drained goes to 'unhandledRejection' listeners, or else ends the process.
(function (host, process, errors) {
  'use strict';
  var infoByPromise = new WeakMap();
  var queue = [];

  function unhandled(promise, reason) {
    infoByPromise.set(promise, { reason: reason, warned: false });
    queue.push({ kind: 'unhandled', promise: promise, at: host.tracing ? host.where() : null });
    host.rejectionsQueued();
  }

  function handled(promise) {
    var info = infoByPromise.get(promise);
    if (info === undefined || info === null) {
      return;
    }
    infoByPromise.delete(promise);
    if (info.warned) {
      queue.push({ kind: 'handled', promise: promise, at: host.tracing ? host.where() : null });
      host.rejectionsQueued();
    }
  }

  function take() {
    if (queue.length === 0) {
      return null;
    }
    var batch = queue;
    queue = [];
    return batch;
  }

  function UnhandledPromiseRejection(reason) {
    var shown;
    try {
      shown = String(reason);
    } catch (e) {
      shown = Object.prototype.toString.call(reason);
    }
    var err = new Error('This error originated either by throwing inside of an async function ' +
      'without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
      'The promise rejected with the reason "' + shown + '".');
    err.name = 'UnhandledPromiseRejection';
    return errors.withCode(err, 'ERR_UNHANDLED_REJECTION');
  }

  function handle(entry) {
    var promise = entry.promise;
    if (entry.kind === 'handled') {
      process.emit('rejectionHandled', promise);
      return;
    }
    var info = infoByPromise.get(promise);
    if (info === undefined || info === null) {
      return; // a handler arrived in time
    }
    info.warned = true;
    if (process.emit('unhandledRejection', info.reason, promise)) {
      return;
    }
    var err = info.reason instanceof Error ? info.reason : UnhandledPromiseRejection(info.reason);
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', err, 'unhandledRejection');
      return;
    }
    host.fatal(err, 'unhandledRejection');
  }

  return { unhandled: unhandled, handled: handled, take: take, handle: handle };
})
