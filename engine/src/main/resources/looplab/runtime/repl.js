// The REPL's side of the runtime (ReplSession): Node's REPL globals (require, module, exports,
// _ and _error), the keeper that catches an input's completion value, the echo, and the names
// tab completion offers. Loaded once per session, after bootstrap.js.
(function (global, keeperName) {
  'use strict';
  var hidden = function (name, value) {
    Object.defineProperty(global, name, { value: value, writable: true, configurable: true, enumerable: false });
  };
  var kept = { set: false, value: undefined };
  var requireFn = null;
  hidden(keeperName, function (value) {
    kept.set = true;
    kept.value = value;
    return value;
  });

  function inspect(value, colors) {
    return requireFn('util').inspect(value, { colors: !!colors, showProxy: true });
  }

  // Node 20's REPL shows an uncaught error's stack without its own frames: it drops the last
  // frame that has no function name (the input's top level) and every frame below it, or, when
  // no frame is nameless, the bottom one. The stack stays trimmed (_error.stack shows it so).
  var trimmed = new WeakMap();
  function nameless(frame) {
    return /^ {4}at [^ ]+:\d+(?::\d+)?$/.test(frame) || /^ {4}at Object\.<anonymous> \(/.test(frame);
  }
  function replFrames(stack) {
    var lines = stack.split('\n');
    var first = 0;
    while (first < lines.length && !/^ {4}at /.test(lines[first])) {
      first++;
    }
    var frames = lines.slice(first);
    var cut = frames.length - 1;
    while (cut >= 0 && !nameless(frames[cut])) {
      cut--;
    }
    frames = cut >= 0 ? frames.slice(0, cut) : frames.slice(0, Math.max(0, frames.length - 1));
    return lines.slice(0, first).concat(frames).join('\n');
  }

  // Property names along the prototype chain, own first, as Node's REPL completes them.
  function propertyNames(obj) {
    var seen = {};
    var names = [];
    var depth = 0;
    while (obj !== null && obj !== undefined && depth < 8) {
      var own;
      try {
        own = Object.getOwnPropertyNames(obj);
      } catch (e) {
        break;
      }
      for (var i = 0; i < own.length; i++) {
        var n = own[i];
        if (!seen[n] && /^[A-Za-z_$][\w$]*$/.test(n) && n.indexOf('$lg') !== 0 && n !== keeperName
            && n.indexOf('__looplab') !== 0 && n !== '$jscomp') {
          seen[n] = true;
          names.push(n);
        }
      }
      obj = Object.getPrototypeOf(Object(obj));
      depth++;
    }
    return names;
  }

  return {
    install: function (exports, require, module, filename, dirname) {
      requireFn = require;
      hidden('require', require);
      hidden('module', module);
      hidden('exports', exports);
      hidden('__filename', filename);
      hidden('__dirname', dirname);
    },
    // The last input's value: echoed as Node's REPL echoes it, and kept in _.
    echoKept: function (colors) {
      var value = kept.value;
      kept.set = false;
      kept.value = undefined;
      hidden('_', value);
      return inspect(value, colors);
    },
    keptIsThenable: function () {
      var v = kept.value;
      return kept.set && v !== null && (typeof v === 'object' || typeof v === 'function')
        && typeof v.then === 'function';
    },
    // Top-level await: the input's promise settles; its value (or error) replaces the kept one.
    settleKept: function (settled) {
      var promise = kept.value;
      kept.value = undefined;
      promise.then(function (v) {
        kept.set = true;
        kept.value = v;
        settled(true);
      }, function (e) {
        kept.error = e;
        settled(false);
      });
    },
    keptError: function () {
      var e = kept.error;
      kept.error = undefined;
      return e;
    },
    setError: function (error) { hidden('_error', error); },
    // What follows "Uncaught ": the value as inspect shows it; see replFrames for an Error's stack.
    uncaught: function (error, colors) {
      if (error instanceof Error && !trimmed.has(error) && typeof error.stack === 'string') {
        trimmed.set(error, true);
        Object.defineProperty(error, 'stack', { value: replFrames(error.stack), writable: true, configurable: true, enumerable: false });
      }
      var shown = inspect(error, colors);
      // Node's REPL keeps its old style for a one-line error: "Error: x", not "[Error: x]".
      return error instanceof Error && /^\[[^\n]*\]$/.test(shown) ? shown.slice(1, -1) : shown;
    },
    // Compiles inspect's common paths while the user reads the prompt.
    warmUp: function () {
      inspect({ a: [1, 'two', null, undefined], b: { c: true }, f: function f() {} }, false);
      inspect(new Error('warm-up'), false);
      kept.set = false;
      kept.value = undefined;
    },
    // Names after "a.b." for completion: walks the chain from the global, reading plain properties.
    complete: function (path) {
      var obj = global;
      var parts = path === '' ? [] : path.split('.');
      for (var i = 0; i < parts.length; i++) {
        if (obj === null || obj === undefined) {
          return [];
        }
        try {
          obj = i === 0 && !(parts[0] in global) ? (0, eval)(parts[0]) : obj[parts[i]];
        } catch (e) {
          return [];
        }
      }
      return propertyNames(obj);
    }
  };
})
