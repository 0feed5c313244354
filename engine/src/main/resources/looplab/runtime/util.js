// require('util'): formatting from inspect.js, plus promisify, inherits, types, deprecate.
(function (inspectModule, errors, promiseModule, EventEmitter) {
  'use strict';
  var customPromisify = Symbol.for('nodejs.util.promisify.custom');

  function promisify(original) {
    if (typeof original !== 'function') {
      throw errors.invalidArgType('original', 'function', original);
    }
    if (original[customPromisify]) {
      var custom = original[customPromisify];
      if (typeof custom !== 'function') {
        throw errors.invalidArgType('util.promisify.custom', 'function', custom);
      }
      return custom;
    }
    function fn() {
      var self = this;
      var args = Array.prototype.slice.call(arguments);
      var Promise = promiseModule().Promise;
      return new Promise(function (resolve, reject) {
        args.push(function (err, value) {
          if (err) {
            reject(err);
          } else {
            resolve(value);
          }
        });
        original.apply(self, args);
      });
    }
    Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
    Object.defineProperty(fn, customPromisify, { value: fn, enumerable: false, configurable: true });
    return fn;
  }
  promisify.custom = customPromisify;

  function callbackify(original) {
    if (typeof original !== 'function') {
      throw errors.invalidArgType('original', 'function', original);
    }
    return function () {
      var args = Array.prototype.slice.call(arguments);
      var callback = args.pop();
      if (typeof callback !== 'function') {
        throw errors.invalidArgType('last argument', 'function', callback);
      }
      original.apply(this, args).then(function (value) {
        process.nextTick(callback, null, value);
      }, function (reason) {
        process.nextTick(callback, reason);
      });
    };
  }

  function inherits(ctor, superCtor) {
    if (ctor === undefined || ctor === null) {
      throw errors.invalidArgType('ctor', 'function', ctor);
    }
    if (superCtor === undefined || superCtor === null) {
      throw errors.invalidArgType('superCtor', 'function', superCtor);
    }
    if (superCtor.prototype === undefined) {
      throw errors.invalidArgType('superCtor.prototype', 'object', superCtor.prototype);
    }
    Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  }

  function deprecate(fn, message, code) {
    var warned = false;
    return function () {
      if (!warned) {
        warned = true;
        process.emitWarning(message, 'DeprecationWarning', code);
      }
      return fn.apply(this, arguments);
    };
  }

  function tag(value) {
    return Object.prototype.toString.call(value);
  }

  var types = {
    isPromise: function (v) { return promiseModule().internals.isPromise(v); },
    isDate: function (v) { return tag(v) === '[object Date]'; },
    isRegExp: function (v) { return tag(v) === '[object RegExp]'; },
    isMap: function (v) { return v instanceof Map; },
    isSet: function (v) { return v instanceof Set; },
    isWeakMap: function (v) { return v instanceof WeakMap; },
    isWeakSet: function (v) { return v instanceof WeakSet; },
    isNativeError: function (v) { return v instanceof Error; },
    isAsyncFunction: function (v) { return typeof v === 'function' && v.__looplabAsync === true; },
    isGeneratorFunction: function (v) { return typeof v === 'function' && v.__looplabGenerator === true; }
  };

  return {
    format: inspectModule.format,
    formatWithOptions: inspectModule.formatWithOptions,
    inspect: inspectModule.inspect,
    promisify: promisify,
    callbackify: callbackify,
    inherits: inherits,
    deprecate: deprecate,
    types: types,
    isArray: Array.isArray
  };
})
