// Node's error shapes: `code` properties, ERR_* messages, and stacks printed the way V8 prints
// them ("    at fn (file:line)") instead of Nashorn's tab-indented frames.
(function (host, inspectValue, global) {
  'use strict';
  var nativeStack = Object.getOwnPropertyDescriptor(Error.prototype, 'stack').get;

  // V8 words a few common TypeErrors differently from Nashorn; translate so output matches.
  // The table is built on the first translation, not at boot: most programs never throw such
  // an error, and the first regular expression a process makes costs ~15 ms (Nashorn's regex
  // engine starting up), which a program that uses none should not pay.
  var messageRules = null;
  function makeMessageRules() {
    return [
      [/^Cannot (?:read|get) property "([^"]*)" (?:from|of) (undefined|null)$/,
        function (m) { return "Cannot read properties of " + m[2] + " (reading '" + m[1] + "')"; }],
      [/^Cannot set property "([^"]*)" of (undefined|null)$/,
        function (m) { return "Cannot set properties of " + m[2] + " (setting '" + m[1] + "')"; }],
      [/^"([^"]*)" is not defined$/, function (m) { return m[1] + ' is not defined'; }],
      [/^Assignment to constant "[^"]*"$/, function () { return 'Assignment to constant variable.'; }],
      [/^inappropriate array length: /, function () { return 'Invalid array length'; }],
      [/^(.*) is not a function$/, function (m) { return v8Callee(m[1]) + ' is not a function'; }],
      // Frozen, sealed and getter-only objects (strict code, classes): Nashorn names the object by
      // its toString, V8 by its class (#<Object>), and an array as '[object Array]'.
      [/^"([^"]*)" is not a writable property of \[object (Object|Array)\]$/,
        function (m) { return "Cannot assign to read only property '" + m[1] + "' of object '" + v8Object(m[2]) + "'"; }],
      [/^Cannot set property "([^"]*)" of frozen array$/,
        function (m) { return "Cannot assign to read only property '" + m[1] + "' of object '[object Array]'"; }],
      [/^Cannot add new property "([^"]*)" to non-extensible \[object (?:Object|Array)\]$/,
        function (m) { return 'Cannot add property ' + m[1] + ', object is not extensible'; }],
      [/^Cannot delete property "([^"]*)" of \[object (Object|Array)\]$/,
        function (m) { return "Cannot delete property '" + m[1] + "' of " + v8Object(m[2]); }],
      [/^Cannot delete property "([^"]*)" of (?:sealed|frozen) array$/,
        function (m) { return "Cannot delete property '" + m[1] + "' of [object Array]"; }],
      [/^radix argument must be in \[2, 36\]$/, function () { return 'toString() radix argument must be between 2 and 36'; }],
      [/^Cannot set __proto__ of non-extensible \[object Object\]$/, function () { return '#<Object> is not extensible'; }],
      [/^Cannot set property "([^"]*)" of \[object (Object|Array)\] that has only a getter$/,
        function (m) { return 'Cannot set property ' + m[1] + ' of ' + v8Object(m[2]) + ' which has only a getter'; }],
      [/^(undefined|null) has no such function "([^"]*)"$/,
        function (m) { return "Cannot read properties of " + m[1] + " (reading '" + m[2] + "')"; }],
      [/^Can not convert Symbol value to (string|number)\.?$/,
        function (m) { return 'Cannot convert a Symbol value to a ' + m[1]; }],
      [/^invalid initialValue for Array\.prototype\.reduce(?:Right)?$/,
        function () { return 'Reduce of empty array with no initial value'; }],
      [/^Bad URI "[^"]*" near offset \d+$/, function () { return 'URI malformed'; }],
      // Nashorn allows 0-20 digits (1-21 for toPrecision) and says so; V8 allows up to 100.
      [/^fractionDigits argument to toFixed must be in \[0, 20\]$/,
        function () { return 'toFixed() digits argument must be between 0 and 100'; }],
      [/^fractionDigits argument to toExponential must be in \[0, 20\]$/,
        function () { return 'toExponential() argument must be between 0 and 100'; }],
      [/^precision argument toPrecision\(\) must be in \[1, 21\]$/,
        function () { return 'toPrecision() argument must be between 1 and 100'; }],
      // An object whose valueOf and toString both return objects (any hint).
      [/^Cannot get default (?:number|string) value$/, function () { return 'Cannot convert object to primitive value'; }],
      // Nashorn says the same for a primitive and for a non-callable object on the right of
      // instanceof; V8 tells them apart. The primitive (x instanceof undefined) is the usual slip.
      [/^instanceof must be called with a javascript or java object as the right-hand argument$/,
        function () { return "Right-hand side of 'instanceof' is not an object"; }],
      [/^primitive value .* used as weak key\.$/, function () { return 'Invalid value used as weak map key'; }],
      [/^Symbol is not a constructor\.$/, function () { return 'Symbol is not a constructor'; }]
    ];
  }
  // Nashorn names a callee that is not a function by its code as written; V8's CallPrinter
  // writes each call in it as `f(...)` (getUser(...).save, arr.map(...).foo), a `new`
  // expression and a function literal as "(intermediate value)", and an object literal as
  // "{" + one "(intermediate value)" per property + "}" ({}.foo stays as it is).
  function v8Callee(code) {
    var out = '';
    var i = 0;
    if (/^new\s/.test(code)) {
      var afterNew = callEnd(code, code.indexOf('('));
      if (afterNew < 0) return code;
      out = '(intermediate value)';
      i = afterNew;
    } else if (/^\[<unknown>\] function /.test(code) || /^function\b/.test(code)) {
      var fnEnd = callEnd(code, code.indexOf('('));
      if (fnEnd < 0) return code;
      out = '(intermediate value)';
      i = fnEnd;
    } else if (code.charAt(0) === '[') {
      // (an array literal: its elements as V8 prints them, joined by bare commas)
      var closeArray = callEnd(code, 0);
      if (closeArray < 0) return code;
      out = '[' + topLevelParts(code.slice(1, closeArray - 1)).map(function (part) {
        var t = part.trim();
        return /^'[^'"\\]*'$/.test(t) ? '"' + t.slice(1, -1) + '"' : t;
      }).join(',') + ']';
      i = closeArray;
    } else if (code.charAt(0) === '{') {
      var close = callEnd(code, 0);
      if (close < 0) return code;
      var inner = code.slice(1, close - 1).trim();
      out = '{' + (inner === '' ? '' : repeat('(intermediate value)', topLevelParts(inner).filter(function (p) { return p.trim() !== ''; }).length)) + '}';
      i = close;
    }
    while (i < code.length) {
      var c = code.charAt(i);
      if (c === '"' || c === "'" || c === '`') {
        var endQuote = quoteEnd(code, i);
        out += code.slice(i, endQuote);
        i = endQuote;
      } else if (c === '(' && i > 0 && /[\w$)\]]/.test(code.charAt(i - 1))) {
        var end = callEnd(code, i);
        if (end < 0) return code;
        out += '(...)';
        i = end;
      } else {
        out += c;
        i++;
      }
    }
    // Closure's lowering puts a call chain in parentheses before a member of it, (a.b(...)).c;
    // V8 prints the chain as written.
    var wrapped = /^\(([\w$.]+(?:\(\.\.\.\)|\[[^\]]*\]|\.[\w$]+)*)\)([.[].*)$/.exec(out);
    return wrapped ? wrapped[1] + wrapped[2] : out;
  }
  function topLevelParts(code) {
    var parts = [];
    var from = 0;
    for (var i = 0; i < code.length; i++) {
      var c = code.charAt(i);
      if (c === '"' || c === "'" || c === '`') i = quoteEnd(code, i) - 1;
      else if (c === '(' || c === '[' || c === '{') i = callEnd(code, i) - 1;
      else if (c === ',') {
        parts.push(code.slice(from, i));
        from = i + 1;
      }
      if (i < 0) break;
    }
    parts.push(code.slice(from));
    return parts;
  }
  // The index just past the bracket that closes the one at `open` (-1 if there is none).
  function callEnd(code, open) {
    if (open < 0) return -1;
    var depth = 0;
    for (var i = open; i < code.length; i++) {
      var c = code.charAt(i);
      if (c === '"' || c === "'" || c === '`') {
        i = quoteEnd(code, i) - 1;
      } else if (c === '(' || c === '[' || c === '{') {
        depth++;
      } else if (c === ')' || c === ']' || c === '}') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }
  function quoteEnd(code, start) {
    var q = code.charAt(start);
    for (var i = start + 1; i < code.length; i++) {
      var c = code.charAt(i);
      if (c === '\\') i++;
      else if (c === q) return i + 1;
    }
    return code.length;
  }
  function repeat(text, n) {
    var out = '';
    for (var i = 0; i < n; i++) out += text;
    return out;
  }
  // How V8 names the object of a failed write: #<Object> for a plain object, an array as its
  // toString would. (Nashorn's message keeps only the toString: an instance of a class is
  // '[object Object]' there too, and is named #<Object>, where V8 would say #<ClassName>.)
  function v8Object(kind) {
    return kind === 'Array' ? '[object Array]' : '#<Object>';
  }
  // An ES module reads its imports through its import record ($import$.x): V8 names them x.
  function v8Message(message) {
    if (message.indexOf('$import$.') >= 0) {
      message = message.split('$import$.').join('');
    }
    if (messageRules === null) {
      messageRules = makeMessageRules();
    }
    for (var i = 0; i < messageRules.length; i++) {
      var m = messageRules[i][0].exec(message);
      if (m) {
        return messageRules[i][1](m);
      }
    }
    return message;
  }

  function frameLine(line) {
    // Nashorn: "\tat name (file:line)"; internal runtime frames are dropped.
    var m = /^\s*at (.*) \((.*):(\d+)\)$/.exec(line);
    if (!m) {
      return null;
    }
    if (!host.isUserFile(m[2])) {
      return null;
    }
    var name = m[1];
    if (name === '<program>' || name === '$looplab$module') {
      name = 'Object.<anonymous>';
    } else if (!/^[A-Za-z_$][\w$.<>]*$/.test(name) || /^L:\d+$/.test(name) || name === '<anonymous>') {
      return '    at ' + m[2] + ':' + m[3];
    }
    return '    at ' + name + ' (' + m[2] + ':' + m[3] + ')';
  }

  function headline(err) {
    var name = err.name === undefined ? 'Error' : String(err.name);
    var message = err.message === undefined ? '' : String(err.message);
    if (err.code !== undefined && typeof err.code === 'string' && /^ERR_/.test(err.code)) {
      name = name + ' [' + err.code + ']';
    }
    return message === '' ? name : name + ': ' + message;
  }

  // V8's frames of a stack: user frames only, at most Error.stackTraceLimit of them. With
  // `skipTo`, the frames up to and including the innermost one of a function of that name are
  // left out, as V8 does for Error.captureStackTrace(obj, fn) and for the constructors of an
  // Error subclass (everything up to new.target); a name not on the stack leaves all frames.
  function stackFrames(raw, skipTo) {
    var lines = String(raw).split('\n');
    var out = [];
    var droppedSinceLast = false;
    for (var i = 1; i < lines.length; i++) {
      var f = frameLine(lines[i]);
      if (f === null) {
        droppedSinceLast = droppedSinceLast || /^\s*at /.test(lines[i]);
        continue;
      }
      // A lowered async function is two functions of one name and line: the body, run by the
      // async driver (runtime frames, dropped), and the wrapper that started it. V8 shows one.
      if (!(droppedSinceLast && out.length > 0 && out[out.length - 1] === f)) {
        out.push(f);
      }
      droppedSinceLast = false;
    }
    if (skipTo) {
      for (var j = 0; j < out.length; j++) {
        if (out[j].indexOf('    at ' + skipTo + ' (') === 0 || out[j].indexOf('    at new ' + skipTo + ' (') === 0) {
          out = out.slice(j + 1);
          break;
        }
      }
    }
    var limit = Error.stackTraceLimit;
    if (typeof limit === 'number' && limit >= 0 && out.length > limit) {
      out = out.slice(0, Math.floor(limit));
    }
    return out;
  }

  function nodeStack(err, raw) {
    return [headline(err)].concat(stackFrames(raw)).join('\n');
  }

  function defineStack(target, value) {
    Object.defineProperty(target, 'stack', { value: value, writable: true, configurable: true, enumerable: false });
  }

  // A stack whose frames are known now and whose first line is written when it is first read,
  // as V8 does: a subclass that sets this.name after super() still prints its own name.
  function lazyStack(target, raw, skipTo) {
    var frames = stackFrames(raw, skipTo);
    Object.defineProperty(target, 'stack', {
      configurable: true,
      enumerable: false,
      get: function () {
        var s = [headline(target)].concat(frames).join('\n');
        defineStack(target, s);
        return s;
      },
      set: function (v) { defineStack(target, v); }
    });
  }

  // Every error's stack reads like V8's; an assigned stack is kept as given.
  Object.defineProperty(Error.prototype, 'stack', {
    configurable: true,
    enumerable: false,
    get: function () {
      if (!(this instanceof Error)) {
        return undefined;
      }
      var raw = nativeStack.call(this);
      var s = nodeStack(this, raw);
      defineStack(this, s);
      return s;
    },
    set: function (v) {
      defineStack(this, v);
    }
  });

  // Object.getOwnPropertyNames as V8 answers it: an error owns its stack, and none of Nashorn's
  // bookkeeping ('nashornException', a Java object kept until adopt() lets it go, and the raw
  // '__stack__'); the marks looplab leaves on classes and built-ins ('__looplabClass', ...)
  // are not the program's either.
  var nativeOwnNames = Object.getOwnPropertyNames;
  Object.defineProperty(Object, 'getOwnPropertyNames', {
    value: function getOwnPropertyNames(o) {
      var isError = o instanceof Error;
      if (isError) {
        adopt(o);
      }
      return nativeOwnNames(o).filter(function (name) {
        return name.indexOf('__looplab') !== 0 && !(isError && (name === 'nashornException' || name === '__stack__'));
      });
    },
    writable: true, configurable: true, enumerable: false
  });

  // new Error(message, { cause }) keeps the cause (Nashorn's Error ignores its second
  // argument). The global Error becomes a function that makes Nashorn's errors: the same
  // prototype, so instanceof and every built-in error are unchanged.
  var NativeError = Error;
  function hasCause(options) {
    return options !== null && typeof options === 'object' && 'cause' in options;
  }
  function defineCause(err, options) {
    Object.defineProperty(err, 'cause', { value: options.cause, writable: true, configurable: true, enumerable: false });
  }
  var ErrorWithCause = function Error(message, options) {
    var err = arguments.length === 0 ? new NativeError() : new NativeError(message);
    if (hasCause(options)) {
      defineCause(err, options);
    }
    return err;
  };
  ErrorWithCause.prototype = NativeError.prototype;
  Object.defineProperty(NativeError.prototype, 'constructor', { value: ErrorWithCause, writable: true, configurable: true, enumerable: false });
  ErrorWithCause.stackTraceLimit = 10;
  // Error.captureStackTrace(obj, fn): obj.stack as V8 writes it, without fn and what it called.
  ErrorWithCause.captureStackTrace = function captureStackTrace(obj, fn) {
    if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
      throw invalidArgType('object', 'object', obj);
    }
    var raw = nativeStack.call(new NativeError());
    lazyStack(obj, raw, typeof fn === 'function' && fn.name ? fn.name : null);
  };
  global.Error = ErrorWithCause;
  // The other error constructors take the same options (new TypeError('bad', { cause })).
  ['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError'].forEach(function (name) {
    var Native = global[name];
    var WithCause = function (message, options) {
      var err = arguments.length === 0 ? new Native() : new Native(message);
      if (hasCause(options)) {
        defineCause(err, options);
      }
      return err;
    };
    Object.defineProperty(WithCause, 'name', { value: name, configurable: true });
    WithCause.prototype = Native.prototype;
    Object.setPrototypeOf(WithCause, ErrorWithCause);
    Object.defineProperty(Native.prototype, 'constructor', { value: WithCause, writable: true, configurable: true, enumerable: false });
    global[name] = WithCause;
  });

  // Closure's lowering of super(...) in a class that extends Error: the error made by
  // Error.call(this, ...) gives the instance its stack (from the constructor of new.target on,
  // its first line written when read) and its cause.
  function subclassError(instance, made) {
    var ctor = instance.constructor;
    // Closure copied the message as an ordinary (enumerable) property; V8's is hidden, and
    // there is none when super() had no message.
    if (Object.prototype.hasOwnProperty.call(made, 'message')) {
      Object.defineProperty(instance, 'message', { value: made.message, writable: true, configurable: true, enumerable: false });
    } else {
      delete instance.message;
    }
    lazyStack(instance, nativeStack.call(made), typeof ctor === 'function' && ctor.name ? ctor.name : null);
    if (Object.prototype.hasOwnProperty.call(made, 'cause')) {
      defineCause(instance, { cause: made.cause });
    }
  }

  // Called on every caught or uncaught error: V8 wording, and no Java object left on it.
  function adopt(err) {
    if (err instanceof Error) {
      if ((err instanceof TypeError || err instanceof ReferenceError || err instanceof RangeError || err instanceof URIError) && typeof err.message === 'string') {
        var translated = v8Message(err.message);
        if (translated !== err.message) {
          err.message = translated;
        }
      }
      var s = err.stack;  // materialises the Node-style stack before the Java object goes
      delete err.nashornException;
    }
    return err;
  }

  function withCode(err, code) {
    Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
    return err;
  }

  function describe(value) {
    if (value === null || value === undefined) {
      return ' Received ' + value;
    }
    if (typeof value === 'function') {
      return ' Received function ' + (value.name || '<anonymous>');
    }
    if (typeof value === 'object') {
      if (value.constructor && value.constructor.name) {
        return ' Received an instance of ' + value.constructor.name;
      }
      return ' Received ' + inspectValue(value, { depth: -1 });
    }
    var shown = inspectValue(value, { colors: false });
    if (shown.length > 28) {
      shown = shown.slice(0, 25) + '...';
    }
    return ' Received type ' + typeof value + ' (' + shown + ')';
  }

  function invalidArgType(name, expected, actual) {
    var what = name.indexOf('.') >= 0 ? 'property' : 'argument';
    // Node says 'must be an instance of ArrayBuffer' when only classes are expected.
    var must = expected.indexOf('an instance of ') === 0 ? ' must be ' : ' must be of type ';
    return withCode(new TypeError('The "' + name + '" ' + what + must + expected + '.' + describe(actual)),
      'ERR_INVALID_ARG_TYPE');
  }

  function outOfRange(name, range, actual) {
    return withCode(new RangeError('The value of "' + name + '" is out of range. It must be ' + range +
      '. Received ' + receivedNumber(actual)), 'ERR_OUT_OF_RANGE');
  }

  // Node writes integers past 2 ** 32 with separators: 4_294_967_296.
  function receivedNumber(actual) {
    if (typeof actual !== 'number' || Math.floor(actual) !== actual || Math.abs(actual) <= 4294967296) {
      return inspectValue(actual);
    }
    var text = String(actual);
    var start = text.charAt(0) === '-' ? 1 : 0;
    var grouped = '';
    var i = text.length;
    for (; i >= start + 4; i -= 3) {
      grouped = '_' + text.slice(i - 3, i) + grouped;
    }
    return text.slice(0, i) + grouped;
  }

  // events.js: emit('error', x) with no listener; Node inspects x whatever it is, so
  // emit('error') says 'Unhandled error. (undefined)'.
  function unhandledError(er) {
    var shown = ' (' + inspectValue(er) + ')';
    return withCode(new Error('Unhandled error.' + shown), 'ERR_UNHANDLED_ERROR');
  }

  function moduleNotFound(request, parentFile) {
    var err = new Error("Cannot find module '" + request + "'" + (parentFile ? '\nRequire stack:\n- ' + parentFile : ''));
    withCode(err, 'MODULE_NOT_FOUND');
    err.requireStack = parentFile ? [parentFile] : [];
    return err;
  }

  function notAvailable(name) {
    return withCode(new Error("The module '" + name + "' is not available in looplab: it runs timers, " +
      'promises, fs and events, but not processes, sockets or workers.'), 'ERR_LOOPLAB_UNSUPPORTED');
  }

  // JSON.parse fails with V8's words ("Unexpected token 'a', "abc" is not valid JSON", "Expected
  // ',' or '}' after property value in JSON at position 7"): Nashorn's parse runs first, and
  // only when it fails is the text read again, the way V8's parser reads it, to word the error.
  var nativeParse = JSON.parse;
  Object.defineProperty(JSON, 'parse', {
    writable: true, configurable: true, enumerable: false,
    value: function parse(text, reviver) {
      try {
        return nativeParse.apply(JSON, arguments);
      } catch (e) {
        var message = e instanceof SyntaxError ? jsonErrorMessage(String(text)) : null;
        if (message === null) throw e;
        throw new SyntaxError(message);
      }
    }
  });

  function jsonErrorMessage(text) {
    var i = 0;
    var n = text.length;
    function Failure(message) { this.message = message; }
    function fail(message) { throw new Failure(message); }
    function at(what) { fail(what + ' in JSON at position ' + i); }
    function peek() { return i < n ? text.charAt(i) : ''; }
    function isDigit(c) { return c >= '0' && c <= '9'; }
    function ws() {
      while (i < n && ' \t\n\r'.indexOf(text.charAt(i)) >= 0) i++;
    }
    // V8's message for the token at i when no more specific one applies.
    function unexpected() {
      if (i >= n) fail('Unexpected end of JSON input');
      var c = text.charAt(i);
      if (c === '"') at('Unexpected string');
      if (c === '-' || isDigit(c)) at('Unexpected number');
      if (text === 'undefined' || text === 'NaN' || text === 'Infinity' || text === '[object Object]') {
        fail('"' + text + '" is not valid JSON');
      }
      var token = "Unexpected token '" + c + "', ";
      if (n < 21) fail(token + '"' + text + '" is not valid JSON');
      if (i < 10) fail(token + '"' + text.substring(0, i + 10) + '"... is not valid JSON');
      if (i < n - 10) fail(token + '..."' + text.substring(i - 10, i + 10) + '"... is not valid JSON');
      fail(token + '..."' + text.substring(i - 10) + '" is not valid JSON');
    }
    function value() {
      ws();
      var c = peek();
      if (c === '{') object();
      else if (c === '[') array();
      else if (c === '"') string();
      else if (c === '-' || isDigit(c)) number();
      else if (c === 't') literal('true');
      else if (c === 'f') literal('false');
      else if (c === 'n') literal('null');
      else unexpected();
    }
    function literal(word) {
      for (var k = 0; k < word.length; k++, i++) {
        if (peek() !== word.charAt(k)) unexpected();
      }
    }
    function digits() {
      while (isDigit(peek())) i++;
    }
    function number() {
      if (peek() === '-') {
        i++;
        if (!isDigit(peek())) at('No number after minus sign');
      }
      if (peek() === '0') {
        i++;
        if (isDigit(peek())) at('Unexpected number');
      } else {
        digits();
      }
      if (peek() === '.') {
        i++;
        if (!isDigit(peek())) at('Unterminated fractional number');
        digits();
      }
      if (peek() === 'e' || peek() === 'E') {
        i++;
        if (peek() === '+' || peek() === '-') i++;
        if (!isDigit(peek())) at('Exponent part is missing a number');
        digits();
      }
    }
    function string() {
      i++;
      for (;;) {
        if (i >= n) at('Unterminated string');
        var c = text.charAt(i);
        if (c === '"') {
          i++;
          return;
        }
        if (c === '\\') {
          i++;
          if (i >= n) unexpected();
          var e = text.charAt(i);
          if (e === 'u') {
            for (var k = 0; k < 4; k++) {
              i++;
              if (!/[0-9a-fA-F]/.test(peek())) at('Bad Unicode escape');
            }
          } else if ('"\\/bfnrt'.indexOf(e) < 0) {
            at('Bad escaped character');
          }
        } else if (c < ' ') {
          at('Bad control character in string literal');
        }
        i++;
      }
    }
    function object() {
      i++;
      ws();
      if (peek() === '}') {
        i++;
        return;
      }
      // V8 words the first property's errors apart from the later ones'.
      if (peek() !== '"') at("Expected property name or '}'");
      string();
      ws();
      if (peek() !== ':') at("Expected ':' after property name");
      i++;
      value();
      for (;;) {
        ws();
        if (peek() === '}') {
          i++;
          return;
        }
        if (peek() !== ',') at("Expected ',' or '}' after property value");
        i++;
        ws();
        if (peek() !== '"') at('Expected double-quoted property name');
        string();
        ws();
        if (peek() !== ':') unexpected();
        i++;
        value();
      }
    }
    function array() {
      i++;
      ws();
      if (peek() === ']') {
        i++;
        return;
      }
      value();
      for (;;) {
        ws();
        if (peek() === ']') {
          i++;
          return;
        }
        if (peek() !== ',') at("Expected ',' or ']' after array element");
        i++;
        value();
      }
    }
    try {
      value();
      ws();
      if (i < n) fail('Unexpected non-whitespace character after JSON at position ' + i);
    } catch (f) {
      if (f instanceof Failure) return f.message;
      throw f;
    }
    return null; // the text is JSON: the failure was something else (a reviver's own error)
  }

  return {
    adopt: adopt,
    subclassError: subclassError,
    headline: headline,
    withCode: withCode,
    invalidArgType: invalidArgType,
    outOfRange: outOfRange,
    unhandledError: unhandledError,
    moduleNotFound: moduleNotFound,
    notAvailable: notAvailable
  };
})
