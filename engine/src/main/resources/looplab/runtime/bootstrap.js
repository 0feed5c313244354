// The runtime's entry point: builds Node's globals (timers, process, console, Promise,
// queueMicrotask, require) over the Java host, then returns the hooks the Java side calls.
// Modules that are not needed by every program (inspect, console, Promise) load on first use.
(function (host, global) {
  'use strict';
  var defineHidden = function (obj, name, value) {
    Object.defineProperty(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
  };

  // ------------------------------------------------------------------ lazy internals
  var loaded = {};
  function lazy(name, init) {
    return function () {
      if (!loaded.hasOwnProperty(name)) {
        // Node has its built-ins ready; Nashorn compiles ours now: not time the program sees.
        host.beginOwnWork();
        try {
          loaded[name] = init();
        } finally {
          host.endOwnWork();
        }
      }
      return loaded[name];
    };
  }
  var util = lazy('inspect', function () {
    var inspectModule = host.loadInternal('inspect')(host);
    // Promises print as Node prints them (Promise { 42 }), read through promise.js's slots.
    inspectModule.setPromiseDetails(function (p) {
      if (!loaded.hasOwnProperty('promise')) {
        return undefined;
      }
      var internals = loaded.promise.internals;
      var state = internals.state(p);
      return state === undefined ? undefined : { state: state, result: internals.result(p) };
    });
    inspectModule.setIteratorEntries(host.iteratorEntries);
    return inspectModule;
  });
  // Errors a user catch receives go through errors.adopt (V8 wording, no Java object on them).
  function inspect(value, options) {
    return util().inspect(value, options);
  }
  var errors = host.loadInternal('errors')(host, inspect, global);
  // Lowered `class extends Error` calls this after super(...) (FunctionNames.subclassErrors).
  defineHidden(global, '$looplab$subclassError', errors.subclassError);
  // (process.emitWarning is defined below; the leak warning looks it up when it fires)
  var EventEmitter = host.loadInternal('events')(errors, function (w) { process.emitWarning(w); });

  // ------------------------------------------------------------------ process
  // As in Node, process's prototype has a constructor named 'process' whose prototype inherits
  // from EventEmitter's: inspect prints `process {`, and `process instanceof EventEmitter`.
  var ProcessConstructor = function process() {};
  ProcessConstructor.prototype = Object.create(EventEmitter.prototype);
  Object.defineProperty(ProcessConstructor.prototype, 'constructor', {
    value: ProcessConstructor, writable: true, configurable: true, enumerable: false
  });
  var process = Object.create(ProcessConstructor.prototype);
  EventEmitter.init.call(process);
  var exitCode;
  var exiting = false;
  var env = JSON.parse(host.envJson);
  var argv = JSON.parse(host.argvJson);

  defineHidden(process, '_exiting', false);
  Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: true,
    get: function () { return exitCode; },
    set: function (code) {
      if (code !== null && code !== undefined) {
        var n = typeof code === 'string' && /^-?\d+$/.test(code) ? Number(code) : code;
        if (typeof n !== 'number') {
          throw errors.invalidArgType('code', 'number', code);
        }
        if (n % 1 !== 0) { // NaN and Infinity too: Node's validateInteger
          throw errors.outOfRange('code', 'an integer', code);
        }
      }
      exitCode = code;
    }
  });

  function finalCode() {
    return exitCode === undefined || exitCode === null ? 0 : Number(exitCode) | 0;
  }

  process.title = 'node';
  process.version = 'v20.20.2';
  process.versions = { node: '20.20.2', uv: '1.46.0', looplab: host.looplabVersion };
  process.arch = 'x64';
  process.platform = 'linux';
  process.release = { name: 'node' };
  process.pid = 4242;
  process.ppid = 4241;
  process.execPath = argv[0];
  process.execArgv = [];
  process.argv = argv;
  process.argv0 = 'node';
  process.env = env;
  process.cwd = function cwd() { return host.cwd; };
  process.uptime = function uptime() { return host.now() / 1000; };
  process.hrtime = function hrtime(previous) {
    var ns = Math.round(host.now() * 1e6);
    var sec = Math.floor(ns / 1e9);
    var nsec = ns - sec * 1e9;
    if (previous !== undefined) {
      sec -= previous[0];
      nsec -= previous[1];
      if (nsec < 0) {
        sec--;
        nsec += 1e9;
      }
    }
    return [sec, nsec];
  };
  process.memoryUsage = function memoryUsage() {
    return { rss: 30000000, heapTotal: 6000000, heapUsed: 4000000, external: 1000000, arrayBuffers: 10000 };
  };
  process.nextTick = function nextTick(callback) {
    if (typeof callback !== 'function') {
      throw errors.invalidArgType('callback', 'function', callback);
    }
    // Like Node: once the process is exiting, new ticks are dropped.
    if (exiting) {
      return;
    }
    var args;
    if (arguments.length > 1) {
      args = [];
      for (var i = 1; i < arguments.length; i++) {
        args.push(arguments[i]);
      }
    }
    host.nextTick(callback, args);
  };
  // Node's own emissions look process.emit up each time (a script may replace it) and skip it
  // when it is not a function, as Node's C++ side does.
  function emitFromNode(name, code) {
    if (typeof process.emit === 'function') {
      process.emit(name, code);
    }
  }

  process.exit = function exit(code) {
    if (code !== undefined) {
      process.exitCode = code;
    }
    if (!exiting) {
      exiting = true;
      process._exiting = true;
      host.enterExit();
      emitFromNode('exit', finalCode());
    }
    host.exit(finalCode());
  };
  process.abort = function abort() {
    host.exit(134);
  };
  var traceHintShown = false;
  process.emitWarning = function emitWarning(warning, type, code) {
    if (typeof type === 'object' && type !== null) {
      code = type.code;
      type = type.type;
    }
    var w = warning instanceof Error ? warning : new Error(String(warning));
    if (!(warning instanceof Error)) {
      w.name = type ? String(type) : 'Warning';
    }
    if (code !== undefined) {
      w.code = code;
    }
    process.nextTick(function () {
      // Node prints the warning from a 'warning' listener of its own, registered before any of
      // the program's: a listener of the program's sees the event after the print, not instead.
      var prefix = w.code !== undefined ? '[' + w.code + '] ' : '';
      // Node adds the hint to the first warning the process prints, and only to that one.
      var extra = '';
      if (!traceHintShown) {
        traceHintShown = true;
        extra = '\n(Use `node ' + (w.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings') +
          ' ...` to show where the warning was created)';
      }
      host.write(2, prefix + w.name + ': ' + w.message + extra + '\n');
      if (process.listenerCount('warning') > 0) {
        process.emit('warning', w);
      }
    });
  };
  function stream(fd) {
    return {
      fd: fd,
      isTTY: false,
      writable: true,
      columns: 80,
      write: function write(chunk, encoding, callback) {
        if (typeof encoding === 'function') {
          callback = encoding;
        }
        host.write(fd, typeof chunk === 'string' ? chunk : String(chunk));
        if (typeof callback === 'function') {
          process.nextTick(callback);
        }
        return true;
      },
      end: function end() { },
      on: function on() { return this; },
      once: function once() { return this; }
    };
  }
  process.stdout = stream(1);
  process.stderr = stream(2);
  // Nashorn has no Symbol.toStringTag; inspect.js reads this hidden property instead.
  defineHidden(process, '__looplabToStringTag', 'process');

  // ------------------------------------------------------------------ timers, microtasks
  var timers = host.loadInternal('timers')(host, errors, process.emitWarning);
  var promiseModule = lazy('promise', function () {
    var rejections = loaded.rejections = host.loadInternal('rejections')(host, process, errors);
    var promise = loaded.promise = host.loadInternal('promise')({
      enqueueJob: host.enqueueJob,
      promiseRecord: host.promiseRecord,
      setPromiseRecord: host.setPromiseRecord,
      tracing: host.tracing,
      where: host.where,
      rejectionUnhandled: rejections.unhandled,
      rejectionHandled: rejections.handled
    });
    return promise;
  });
  var rejectionsApi = function () {
    return loaded.hasOwnProperty('rejections') ? loaded.rejections : null;
  };

  function queueMicrotask(callback) {
    if (typeof callback !== 'function') {
      throw errors.invalidArgType('callback', 'function', callback);
    }
    host.queueMicrotask(callback);
  }

  // ------------------------------------------------------------------ clocks
  var NativeDate = global.Date;
  function Date(a, b, c, d, e, f, g) {
    if (!(this instanceof Date)) {
      return new NativeDate(host.dateNow()).toString();
    }
    switch (arguments.length) {
      case 0: return new NativeDate(host.dateNow());
      // A Date argument is copied by its time value (ES2015); Nashorn would convert it to its
      // string first and lose the milliseconds.
      case 1: return new NativeDate(a instanceof NativeDate ? NativeDate.prototype.getTime.call(a) : a);
      case 2: return new NativeDate(a, b);
      case 3: return new NativeDate(a, b, c);
      case 4: return new NativeDate(a, b, c, d);
      case 5: return new NativeDate(a, b, c, d, e);
      case 6: return new NativeDate(a, b, c, d, e, f);
      default: return new NativeDate(a, b, c, d, e, f, g);
    }
  }
  Date.prototype = NativeDate.prototype;
  defineHidden(NativeDate.prototype, 'constructor', Date);
  Date.UTC = NativeDate.UTC;
  Date.parse = NativeDate.parse;
  Date.now = function now() { return host.dateNow(); };
  // V8 ends toString() and toTimeString() with the zone's long name, "(Coordinated Universal
  // Time)"; Nashorn puts the short one, "(UTC)".
  ['toString', 'toTimeString'].forEach(function (name) {
    var nativeMethod = NativeDate.prototype[name];
    var method = function () {
      var text = nativeMethod.call(this);
      var time = NativeDate.prototype.getTime.call(this);
      return time !== time ? text : text.replace(/\([^()]*\)$/, '(' + host.timeZoneName(time) + ')');
    };
    Object.defineProperty(method, 'name', { value: name, configurable: true });
    defineHidden(NativeDate.prototype, name, method);
  });
  // ------------------------------------------------------------------ Number
  // Number('0b101') and Number('0o17') are 5 and 15 (ES2015 binary and octal literals in
  // strings); Nashorn's Number knows only 0x and gives NaN. The global Number becomes a
  // function that reads those two forms and leaves everything else to Nashorn's, sharing its
  // prototype and statics. (Implicit conversion, +'0b101', stays Nashorn's: NaN.)
  var NativeNumber = global.Number;
  // (Made on first use, and only tried on a string with a b or an o in it: the first regular
  // expression a process makes costs ~15 ms, and Number(text) is often called in a loop.)
  var radixPrefixed = null;
  function radixPrefixedMatch(value) {
    if (value.indexOf('b') < 0 && value.indexOf('B') < 0 && value.indexOf('o') < 0 && value.indexOf('O') < 0) {
      return null;
    }
    radixPrefixed = radixPrefixed || /^[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*0(?:([bB])([01]+)|([oO])([0-7]+))[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*$/;
    return radixPrefixed.exec(value);
  }
  var NumberFn = function Number(value) {
    var n;
    if (arguments.length === 0) {
      n = 0;
    } else {
      var m = typeof value === 'string' ? radixPrefixedMatch(value) : null;
      n = m === null ? NativeNumber(value) : m[1] ? parseInt(m[2], 2) : parseInt(m[4], 8);
    }
    return this instanceof NumberFn ? new NativeNumber(n) : n;
  };
  Object.getOwnPropertyNames(NativeNumber).forEach(function (key) {
    if (key !== 'length' && key !== 'name' && key !== 'prototype' && key !== 'arguments' && key !== 'caller') {
      Object.defineProperty(NumberFn, key, Object.getOwnPropertyDescriptor(NativeNumber, key));
    }
  });
  NumberFn.prototype = NativeNumber.prototype;
  defineHidden(NativeNumber.prototype, 'constructor', NumberFn);
  defineHidden(global, 'Number', NumberFn);

  // ------------------------------------------------------------------ JSON
  // A cycle makes V8 say where it is ("Converting circular structure to JSON\n    --> starting
  // at object with constructor 'Object'\n    --- property 'self' closes the circle"); Nashorn
  // says "JSON.stringify got a cyclic data structure". The path is found again, walking the
  // value as stringify does, only once stringify has failed.
  var nativeStringify = JSON.stringify;
  // Well-formed JSON.stringify (ES2019): a lone surrogate is written as its \\u escape
  // ("\\ud800"); Nashorn wrote the character itself, which no UTF-8 output can carry (it
  // printed as '?'). A surrogate can only come from inside a string value or key.
  // (The pattern is made on first use: the first regular expression a process makes costs
  // ~15 ms, which a program that never calls stringify should not pay at start.)
  var surrogate = null;
  function escapeLoneSurrogates(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length &&
          text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
        out += text.charAt(i) + text.charAt(i + 1);
        i++;
      } else if (c >= 0xd800 && c <= 0xdfff) {
        out += '\\u' + c.toString(16);
      } else {
        out += text.charAt(i);
      }
    }
    return out;
  }
  var stringify = function (value, replacer, space) {
    try {
      var text = nativeStringify.apply(JSON, arguments);
      if (typeof text !== 'string') {
        return text;
      }
      surrogate = surrogate || /[\ud800-\udfff]/;
      return surrogate.test(text) ? escapeLoneSurrogates(text) : text;
    } catch (e) {
      if (e instanceof TypeError && /cyclic/.test(e.message)) {
        var circle = circularPath({ '': value }, '', typeof replacer === 'function' ? replacer : null, []);
        if (circle !== null) {
          throw new TypeError(circle);
        }
      }
      throw e;
    }
  };
  Object.defineProperty(stringify, 'name', { value: 'stringify', configurable: true });
  defineHidden(JSON, 'stringify', stringify);
  function constructorName(obj) {
    var proto = Object.getPrototypeOf(obj);
    var ctor = proto === null ? undefined : proto.constructor;
    return "object with constructor '" + (typeof ctor === 'function' && ctor.name ? ctor.name : 'Object') + "'";
  }
  function keyText(holder, key) {
    return Array.isArray(holder) ? 'index ' + key : "property '" + key + "'";
  }
  // stack: [holder, key, object] for each object entered; null when there is no cycle.
  function circularPath(holder, key, replacer, stack) {
    var value = holder[key];
    if (value !== null && typeof value === 'object' && typeof value.toJSON === 'function') {
      value = value.toJSON(key);
    }
    if (replacer !== null) {
      value = replacer.call(holder, key, value);
    }
    if (value === null || typeof value !== 'object') {
      return null;
    }
    for (var i = 0; i < stack.length; i++) {
      if (stack[i][2] === value) {
        return circleMessage(stack, i, holder, key);
      }
    }
    stack.push([holder, key, value]);
    var keys = Array.isArray(value) ? Object.keys(value).filter(function (k) { return /^\d+$/.test(k); }) : Object.keys(value);
    for (var j = 0; j < keys.length; j++) {
      var found = circularPath(value, keys[j], replacer, stack);
      if (found !== null) {
        return found;
      }
    }
    stack.pop();
    return null;
  }
  // V8 shows the first two links after the start, '...', and the last one.
  function circleMessage(stack, start, holder, key) {
    var lines = ['Converting circular structure to JSON', '    --> starting at ' + constructorName(stack[start][2])];
    var prefixEnd = Math.min(stack.length, start + 3);
    function link(k) {
      lines.push('    |     ' + keyText(stack[k][0], stack[k][1]) + ' -> ' + constructorName(stack[k][2]));
    }
    for (var k = start + 1; k < prefixEnd; k++) {
      link(k);
    }
    if (stack.length > prefixEnd + 1) {
      lines.push('    |     ...');
    }
    for (k = Math.max(prefixEnd, stack.length - 1); k < stack.length; k++) {
      link(k);
    }
    lines.push('    --- ' + keyText(holder, key) + ' closes the circle');
    return lines.join('\n');
  }
  var performance = {
    timeOrigin: host.dateNow() - host.now(),
    now: function now() { return host.now(); }
  };

  // ------------------------------------------------------------------ modules
  var bufferModule = lazy('buffer', function () { return host.loadInternal('buffer')(host, errors); });
  var fsBinding = lazy('fsbinding', function () {
    return host.loadInternal('fsbinding')(host, errors, bufferModule(), promiseModule);
  });
  var pathModule = lazy('path', function () { return host.loadInternal('path')(errors, process.cwd); });
  var assertModule = lazy('assert', function () {
    return host.loadInternal('assert')(host, inspect, errors, promiseModule);
  });
  var timersPromises = lazy('timers/promises', function () {
    return host.loadInternal('timers_promises')(timers, promiseModule, errors);
  });
  var builtins = {
    events: lazy('events', function () {
      // events.once(emitter, name): a promise of the next event's arguments (or its 'error').
      if (EventEmitter.once === undefined) {
        EventEmitter.once = function once(emitter, name) {
          var Promise = promiseModule().Promise;
          return new Promise(function (resolve, reject) {
            function onError(err) {
              emitter.removeListener(name, onEvent);
              reject(err);
            }
            function onEvent() {
              if (name !== 'error') {
                emitter.removeListener('error', onError);
              }
              resolve(Array.prototype.slice.call(arguments));
            }
            emitter.once(name, onEvent);
            if (name !== 'error') {
              emitter.once('error', onError);
            }
          });
        };
      }
      return EventEmitter;
    }),
    timers: function () { return timers; },
    util: lazy('util', function () {
      var utilModule = host.loadInternal('util')(util(), errors, promiseModule, EventEmitter);
      utilModule.TextEncoder = encodingModule().TextEncoder;
      utilModule.TextDecoder = encodingModule().TextDecoder;
      utilModule.isDeepStrictEqual = function isDeepStrictEqual(a, b) {
        return assertModule().isDeepStrictEqual(a, b);
      };
      return utilModule;
    }),
    assert: function () { return assertModule().assert; },
    'assert/strict': function () { return assertModule().assert.strict; },
    fs: lazy('fs', function () {
      return host.loadInternal('fs')(host, fsBinding(), bufferModule(), promiseModule, errors);
    }),
    'fs/promises': function () { return builtins.fs().promises; },
    path: pathModule,
    'path/posix': pathModule,
    buffer: function () { return { Buffer: bufferModule().Buffer, kMaxLength: bufferModule().kMaxLength }; },
    os: lazy('os', function () { return host.loadInternal('os')(host); }),
    crypto: lazy('crypto', function () { return host.loadInternal('crypto')(host, errors, bufferModule()); }),
    'timers/promises': timersPromises,
    module: lazy('module', function () {
      return esm().nodeModule(Object.keys(builtins).concat(unavailable).sort());
    })
  };
  // util.promisify(setTimeout) and util.promisify(setImmediate) are timers/promises, as in Node.
  [['setTimeout', timers.setTimeout], ['setImmediate', timers.setImmediate]].forEach(function (t) {
    Object.defineProperty(t[1], Symbol.for('nodejs.util.promisify.custom'), {
      configurable: true,
      get: function () { return timersPromises()[t[0]]; }
    });
  });
  var modules = lazy('modules', function () {
    return host.loadInternal('modules')(host, errors, fsBinding, pathModule, requireBuiltin, function (name) {
      return builtins.hasOwnProperty(name) || unavailable.indexOf(name) >= 0;
    }, function () { return esm(); });
  });
  var esm = lazy('esm', function () {
    return host.loadInternal('esm')(host, errors, fsBinding(), pathModule(), promiseModule, modules, requireBuiltin,
      function (name) { return builtins.hasOwnProperty(name) || unavailable.indexOf(name) >= 0; });
  });
  // import(x) in any script (ES modules: esm.js).
  defineHidden(global, '$looplab$import', function (specifier) { return esm().importFrom(specifier); });
  var unavailable = ['child_process', 'net', 'http', 'https', 'http2', 'worker_threads', 'cluster',
    'dgram', 'tls', 'vm', 'repl', 'inspector', 'v8'];

  function requireBuiltin(request, parentFile) {
    var name = request.indexOf('node:') === 0 ? request.slice(5) : request;
    if (builtins.hasOwnProperty(name)) {
      return builtins[name]();
    }
    if (unavailable.indexOf(name) >= 0) {
      throw errors.notAvailable(name);
    }
    throw errors.moduleNotFound(request, parentFile);
  }


  // ------------------------------------------------------------------ globals
  var fullConsole = lazy('console', function () {
    return host.loadInternal('console')(host, util(), process.emitWarning);
  });

  // The line util.format would print for arguments that are all primitives formatted the
  // same way by String() (and no format string), else null. It spares the common
  // console.log('text', 42) from loading inspect.js, the biggest script of the runtime.
  function simpleLine(args) {
    var out = '';
    for (var i = 0; i < args.length; i++) {
      var a = args[i];
      var s;
      if (typeof a === 'string') {
        if (i === 0 && a.indexOf('%') >= 0) {
          return null;
        }
        s = a;
      } else if (typeof a === 'number') {
        s = a === 0 && 1 / a < 0 ? '-0' : String(a);
      } else if (typeof a === 'boolean' || a === undefined || a === null) {
        s = String(a);
      } else {
        return null;
      }
      out += i === 0 ? s : ' ' + s;
    }
    return out;
  }

  // The global console: plain lines go straight out until anything needs the full console
  // (objects, format strings, groups, tables...), which then takes over every method.
  var consoleFacade = {};
  function forward(name, fd) {
    consoleFacade[name] = function () {
      if (fd !== 0 && !loaded.hasOwnProperty('console')) {
        var line = simpleLine(arguments);
        if (line !== null) {
          host.write(fd, line + '\n');
          return;
        }
      }
      var c = fullConsole();
      return c[name].apply(c, arguments);
    };
  }
  ['log', 'info', 'debug'].forEach(function (m) { forward(m, 1); });
  ['warn', 'error'].forEach(function (m) { forward(m, 2); });
  ['dir', 'dirxml', 'table', 'group', 'groupCollapsed', 'groupEnd', 'count', 'countReset', 'time',
    'timeEnd', 'timeLog', 'assert', 'trace'].forEach(function (m) { forward(m, 0); });
  defineHidden(global, 'console', consoleFacade);
  Object.defineProperty(global, 'Promise', {
    configurable: true,
    enumerable: false,
    get: function () { return promiseModule().Promise; },
    set: function (v) { defineHidden(global, 'Promise', v); }
  });
  Object.defineProperty(global, 'AggregateError', {
    configurable: true,
    enumerable: false,
    get: function () { return promiseModule().AggregateError; },
    set: function (v) { defineHidden(global, 'AggregateError', v); }
  });
  defineHidden(global, 'global', global);
  defineHidden(global, 'globalThis', global);
  defineHidden(global, 'process', process);
  defineHidden(global, 'setTimeout', timers.setTimeout);
  defineHidden(global, 'setInterval', timers.setInterval);
  defineHidden(global, 'setImmediate', timers.setImmediate);
  defineHidden(global, 'clearTimeout', timers.clearTimeout);
  defineHidden(global, 'clearInterval', timers.clearInterval);
  defineHidden(global, 'clearImmediate', timers.clearImmediate);
  defineHidden(global, 'queueMicrotask', queueMicrotask);
  // V8 names a bound function 'bound ' + the target's name (inspect: [Function: bound f]);
  // Nashorn's keeps the target's name as it is.
  var nativeBind = Function.prototype.bind;
  Object.defineProperty(Function.prototype, 'bind', {
    writable: true, configurable: true, enumerable: false,
    value: function bind(thisArg) {
      var bound = nativeBind.apply(this, arguments);
      var name = this.name;
      Object.defineProperty(bound, 'name', { value: 'bound ' + (typeof name === 'string' ? name : ''),
        writable: false, enumerable: false, configurable: true });
      return bound;
    }
  });
  defineHidden(global, 'Date', Date);
  Object.defineProperty(global, 'Buffer', {
    configurable: true,
    enumerable: false,
    get: function () { return bufferModule().Buffer; },
    set: function (v) { defineHidden(global, 'Buffer', v); }
  });
  defineHidden(global, 'performance', performance);
  var encodingModule = lazy('encoding', function () {
    return host.loadInternal('encoding')(host, errors, bufferModule);
  });
  ['TextEncoder', 'TextDecoder'].forEach(function (name) {
    Object.defineProperty(global, name, {
      configurable: true,
      enumerable: false,
      get: function () { return encodingModule()[name]; },
      set: function (v) { defineHidden(global, name, v); }
    });
  });
  var abortModule = null;
  ['AbortController', 'AbortSignal', 'DOMException'].forEach(function (name) {
    Object.defineProperty(global, name, {
      configurable: true,
      enumerable: false,
      get: function () {
        abortModule = abortModule || host.loadInternal('abort')(timers, errors);
        return abortModule[name];
      },
      set: function (v) { defineHidden(global, name, v); }
    });
  });

  // ------------------------------------------------------------------ hooks for Java
  return {
    runMain: function (wrapper, filename, dirname) {
      var main = modules().main(filename);
      wrapper.call(main.module.exports, main.module.exports, main.require, main.module, filename, dirname);
      main.module.loaded = true;
    },
    runMainModule: function (compiled, filename, evalName) {
      esm().runMain(compiled, filename, evalName);
    },
    adoptError: errors.adopt,
    // %Promise% and promise.js's internals, for the await driver (async.js).
    promiseModule: promiseModule,
    envValue: function (name) {
      var v = process.env[name];
      return v === undefined ? null : String(v);
    },
    hasUncaughtListeners: function () {
      return process.listenerCount('uncaughtException') > 0;
    },
    emitUncaught: function (err, origin) {
      process.emit('uncaughtException', err, origin);
    },
    takeRejections: function () {
      var r = rejectionsApi();
      return r === null ? null : r.take();
    },
    handleRejection: function (entry) {
      rejectionsApi().handle(entry);
    },
    emitBeforeExit: function () {
      emitFromNode('beforeExit', finalCode());
    },
    emitExit: function (code) {
      if (code !== undefined) {
        exitCode = code;
      }
      // The loop ran dry while the main module still awaited at its top level: Node exits 13.
      var unsettled = code === undefined && loaded.esm !== undefined && loaded.esm.isMainPending();
      if (!exiting) {
        exiting = true;
        process._exiting = true;
        emitFromNode('exit', finalCode());
      }
      if (unsettled && (exitCode === undefined || exitCode === null)) {
        exitCode = 13;
      }
      return finalCode();
    },
    exitCode: finalCode,
    isExiting: function () { return exiting; },
    describeFatal: function (err) {
      var shown = util().inspect(err);
      return err instanceof Error && err.__looplabNodeFrames === true ? esm().unbracketed(err, shown) : shown;
    },
    headline: function (err) {
      if (err instanceof Error && err.__looplabNodeFrames === true && typeof err.stack === 'string') {
        return err.stack.split('\n')[0];  // an error Node makes itself says what its stack says
      }
      if (err instanceof Error) {
        return errors.headline(err);
      }
      return util().inspect(err);
    }
  };
})
