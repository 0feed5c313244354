// require('assert') and require('assert/strict'): Node 20's assertions, AssertionError with
// its messages (the '+ actual - expected' diff of two inspected values, 'a !== b' for short
// primitives, the source text of a falsy assert.ok(...) call), and the deep-equality rules
// also used by util.isDeepStrictEqual.
(function (host, inspect, errors, promiseModule) {
  'use strict';
  var hasOwn = Object.prototype.hasOwnProperty;
  var objToString = Object.prototype.toString;

  // ------------------------------------------------------------------ deep equality
  function sameValue(a, b) {
    if (a === b) {
      return a !== 0 || 1 / a === 1 / b;
    }
    return a !== a && b !== b;
  }

  function regExpFlags(r) {
    return (r.global ? 'g' : '') + (r.ignoreCase ? 'i' : '') + (r.multiline ? 'm' : '') +
      (r.sticky ? 'y' : '') + (r.unicode ? 'u' : '');
  }

  function isBoxed(v) {
    return v instanceof Number || v instanceof String || v instanceof Boolean;
  }

  function enumerableKeys(v, strict) {
    var keys = Object.keys(v);
    if (strict && typeof Object.getOwnPropertySymbols === 'function') {
      var symbols = Object.getOwnPropertySymbols(v);
      for (var i = 0; i < symbols.length; i++) {
        if (Object.prototype.propertyIsEnumerable.call(v, symbols[i])) {
          keys.push(symbols[i]);
        }
      }
    }
    return keys;
  }

  function isDeepEqual(a, b, strict) {
    return innerDeepEqual(a, b, strict, []);
  }

  function innerDeepEqual(a, b, strict, memo) {
    if (a === b) {
      return a !== 0 || !strict || sameValue(a, b);
    }
    if (strict) {
      if (typeof a !== 'object') {
        return typeof a === 'number' && a !== a && b !== b;
      }
      if (typeof b !== 'object' || a === null || b === null) {
        return false;
      }
      if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
        return false;
      }
    } else {
      if (a === null || typeof a !== 'object') {
        if (b === null || typeof b !== 'object') {
          // eslint-disable-next-line eqeqeq
          return a == b || (a !== a && b !== b);
        }
        return false;
      }
      if (b === null || typeof b !== 'object') {
        return false;
      }
    }
    var tagA = objToString.call(a);
    if (tagA !== objToString.call(b)) {
      return false;
    }
    for (var m = 0; m < memo.length; m++) {
      if (memo[m][0] === a && memo[m][1] === b) {
        return true;
      }
    }
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length) {
        return false;
      }
    } else if (a instanceof Date) {
      if (!(b instanceof Date) || a.getTime() !== b.getTime()) {
        return false;
      }
    } else if (a instanceof RegExp) {
      if (!(b instanceof RegExp) || a.source !== b.source || regExpFlags(a) !== regExpFlags(b) || a.lastIndex !== b.lastIndex) {
        return false;
      }
    } else if (a instanceof Error) {
      if (!(b instanceof Error) || a.message !== b.message || a.name !== b.name) {
        return false;
      }
    } else if (isBoxed(a)) {
      if (!isBoxed(b) || !sameValue(a.valueOf(), b.valueOf())) {
        return false;
      }
    } else if (typeof ArrayBuffer !== 'undefined' && ArrayBuffer.isView(a)) {
      if (!ArrayBuffer.isView(b) || a.length !== b.length) {
        return false;
      }
      for (var t = 0; t < a.length; t++) {
        if (!sameValue(a[t], b[t]) && !(!strict && a[t] === b[t])) {
          return false;
        }
      }
    }
    var keysA = enumerableKeys(a, strict);
    var keysB = enumerableKeys(b, strict);
    if (keysA.length !== keysB.length) {
      return false;
    }
    for (var k = 0; k < keysA.length; k++) {
      if (!Object.prototype.propertyIsEnumerable.call(b, keysA[k])) {
        return false;
      }
    }
    memo.push([a, b]);
    try {
      if (a instanceof Map) {
        if (!(b instanceof Map) || !mapsEqual(a, b, strict, memo)) {
          return false;
        }
      } else if (a instanceof Set) {
        if (!(b instanceof Set) || !setsEqual(a, b, strict, memo)) {
          return false;
        }
      }
      if (Array.isArray(a)) {
        for (var i = 0; i < a.length; i++) {
          var hasA = hasOwn.call(a, i);
          if (hasA !== hasOwn.call(b, i) && strict) {
            return false;
          }
          if (!innerDeepEqual(a[i], b[i], strict, memo)) {
            return false;
          }
        }
      }
      for (var j = 0; j < keysA.length; j++) {
        var key = keysA[j];
        if (Array.isArray(a) && typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key)) {
          continue;
        }
        if (!innerDeepEqual(a[key], b[key], strict, memo)) {
          return false;
        }
      }
      return true;
    } finally {
      memo.pop();
    }
  }

  function setsEqual(a, b, strict, memo) {
    if (a.size !== b.size) {
      return false;
    }
    var rest = [];
    b.forEach(function (v) { rest.push(v); });
    var ok = true;
    a.forEach(function (v) {
      if (!ok) {
        return;
      }
      if (b.has(v) && (typeof v !== 'object' || v === null)) {
        removeFirst(rest, function (x) { return x === v; });
        return;
      }
      if (!removeFirst(rest, function (x) { return innerDeepEqual(v, x, strict, memo); })) {
        ok = false;
      }
    });
    return ok;
  }

  function mapsEqual(a, b, strict, memo) {
    if (a.size !== b.size) {
      return false;
    }
    var rest = [];
    b.forEach(function (v, k) { rest.push([k, v]); });
    var ok = true;
    a.forEach(function (v, k) {
      if (!ok) {
        return;
      }
      if (!removeFirst(rest, function (e) {
        return (e[0] === k || innerDeepEqual(k, e[0], strict, memo)) && innerDeepEqual(v, e[1], strict, memo);
      })) {
        ok = false;
      }
    });
    return ok;
  }

  function removeFirst(list, test) {
    for (var i = 0; i < list.length; i++) {
      if (test(list[i])) {
        list.splice(i, 1);
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ messages
  var kReadableOperator = {
    deepStrictEqual: 'Expected values to be strictly deep-equal:',
    strictEqual: 'Expected values to be strictly equal:',
    strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
    deepEqual: 'Expected values to be loosely deep-equal:',
    notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
    notStrictEqual: 'Expected "actual" to be strictly unequal to:',
    notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
    notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
    notIdentical: 'Values have same structure but are not reference-equal:',
    notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:'
  };
  var kMaxShortLength = 12;

  function inspectValue(v) {
    return inspect(v, {
      compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
      showHidden: false, showProxy: false, sorted: true, getters: true
    });
  }

  function repeat(s, n) {
    var out = '';
    for (var i = 0; i < n; i++) {
      out += s;
    }
    return out;
  }

  function endsWithComma(s) {
    return s.length > 0 && s.charAt(s.length - 1) === ',';
  }

  // The diff of the two values' inspections, line by line, as Node 20 prints it: lines that
  // only one side has or that differ are '+ ' (actual) and '- ' (expected), a run of equal lines
  // is cut to its ends with '...', and two short single-line values read 'a !== b'.
  function createErrDiff(actual, expected, operator, customMessage) {
    var other = '';
    var res = '';
    var end = '';
    var skipped = false;
    var actualInspected = inspectValue(actual);
    var actualLines = actualInspected.split('\n');
    var expectedLines = inspectValue(expected).split('\n');
    var i = 0;
    var indicator = '';
    if (operator === 'strictEqual' &&
        ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
         (typeof actual === 'function' && typeof expected === 'function'))) {
      operator = 'strictEqualObject';
    }
    var header = customMessage != null ? String(customMessage) : kReadableOperator[operator];
    if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
      var inputLength = actualLines[0].length + expectedLines[0].length;
      if (inputLength <= kMaxShortLength) {
        if ((typeof actual !== 'object' || actual === null) &&
            (typeof expected !== 'object' || expected === null) &&
            (actual !== 0 || expected !== 0)) {
          return header + '\n\n' + actualLines[0] + ' !== ' + expectedLines[0] + '\n';
        }
      } else if (operator !== 'strictEqualObject') {
        if (inputLength < 80) {
          while (actualLines[0][i] === expectedLines[0][i]) {
            i++;
          }
          if (i > 2) {
            indicator = '\n  ' + repeat(' ', i) + '^';
            i = 0;
          }
        }
      }
    }
    var a = actualLines[actualLines.length - 1];
    var b = expectedLines[expectedLines.length - 1];
    while (a === b) {
      if (i++ < 3) {
        end = '\n  ' + a + end;
      } else {
        other = a;
      }
      actualLines.pop();
      expectedLines.pop();
      if (actualLines.length === 0 || expectedLines.length === 0) {
        break;
      }
      a = actualLines[actualLines.length - 1];
      b = expectedLines[expectedLines.length - 1];
    }
    var maxLines = Math.max(actualLines.length, expectedLines.length);
    if (maxLines === 0) {
      var lines = actualInspected.split('\n');
      if (lines.length > 50) {
        lines[46] = '...';
        while (lines.length > 47) {
          lines.pop();
        }
      }
      return kReadableOperator.notIdentical + '\n\n' + lines.join('\n') + '\n';
    }
    if (i >= 5) {
      end = '\n...' + end;
      skipped = true;
    }
    if (other !== '') {
      end = '\n  ' + other + end;
      other = '';
    }
    var printedLines = 0;
    var identical = 0;
    var msg = header + '\n+ actual - expected';
    var skippedMsg = ' ... Lines skipped';
    var lastLines = function (line) {
      if (identical > 2) {
        if (identical > 3) {
          if (identical > 4) {
            if (identical === 5) {
              res += '\n  ' + line(i - 3);
              printedLines++;
            } else {
              res += '\n...';
              skipped = true;
            }
          }
          res += '\n  ' + line(i - 2);
          printedLines++;
        }
        res += '\n  ' + line(i - 1);
        printedLines++;
      }
      identical = 0;
    };
    for (i = 0; i < maxLines; i++) {
      if (actualLines.length < i + 1) {
        lastLines(function (n) { return expectedLines[n]; });
        other += '\n- ' + expectedLines[i];
        printedLines++;
      } else if (expectedLines.length < i + 1) {
        lastLines(function (n) { return actualLines[n]; });
        res += '\n+ ' + actualLines[i];
        printedLines++;
      } else {
        var expectedLine = expectedLines[i];
        var actualLine = actualLines[i];
        var divergingLines = actualLine !== expectedLine &&
          (!endsWithComma(actualLine) || actualLine.slice(0, -1) !== expectedLine);
        if (divergingLines && endsWithComma(expectedLine) && expectedLine.slice(0, -1) === actualLine) {
          divergingLines = false;
          actualLine += ',';
        }
        if (divergingLines) {
          lastLines(function (n) { return actualLines[n]; });
          res += '\n+ ' + actualLine;
          other += '\n- ' + expectedLine;
          printedLines += 2;
        } else {
          res += other;
          other = '';
          identical++;
          if (identical <= 2) {
            res += '\n  ' + actualLine;
            printedLines++;
          }
        }
      }
      if (printedLines > 50 && i < maxLines - 2) {
        return msg + skippedMsg + '\n' + res + '\n...' + other + '\n...';
      }
    }
    return msg + (skipped ? skippedMsg : '') + '\n' + res + other + end + indicator;
  }

  // ------------------------------------------------------------------ AssertionError
  function isErrorLike(v) {
    return v !== null && typeof v === 'object' && v instanceof Error && 'stack' in v;
  }

  // Two errors are shown without their stacks ([Error: a]): copies with no stack of their own.
  function copyError(source) {
    var target = Object.create(Object.getPrototypeOf(source));
    Object.keys(source).forEach(function (key) { target[key] = source[key]; });
    Object.defineProperty(target, 'message', { value: source.message });
    Object.defineProperty(target, 'stack', { value: undefined });
    if (hasOwn.call(source, 'cause')) {
      Object.defineProperty(target, 'cause', { value: isErrorLike(source.cause) ? copyError(source.cause) : source.cause });
    }
    return target;
  }

  function AssertionError(options) {
    if (options === null || typeof options !== 'object') {
      throw errors.invalidArgType('options', 'object', options);
    }
    var message = options.message;
    var operator = options.operator;
    var actual = options.actual;
    var expected = options.expected;
    var text;
    if (message == null && isErrorLike(actual) && isErrorLike(expected)) {
      actual = copyError(actual);
      expected = copyError(expected);
    }
    if (message != null && operator !== 'deepStrictEqual' && operator !== 'strictEqual') {
      text = String(message);
    } else if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      text = createErrDiff(actual, expected, operator, message);
    } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      var base = kReadableOperator[operator];
      var res = inspectValue(actual).split('\n');
      if (operator === 'notStrictEqual' &&
          ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
        base = kReadableOperator.notStrictEqualObject;
      }
      if (res.length > 50) {
        res[46] = '...';
        while (res.length > 47) {
          res.pop();
        }
      }
      text = res.length === 1 ? base + (res[0].length > 5 ? '\n\n' : ' ') + res[0]
        : base + '\n\n' + res.join('\n') + '\n';
    } else {
      var shown = inspectValue(actual);
      var shownOther = inspectValue(expected);
      var known = kReadableOperator[operator];
      if (operator === 'notDeepEqual' && shown === shownOther) {
        shown = known + '\n\n' + shown;
        if (shown.length > 1024) {
          shown = shown.slice(0, 1021) + '...';
        }
        text = shown;
      } else {
        if (shown.length > 512) {
          shown = shown.slice(0, 509) + '...';
        }
        if (shownOther.length > 512) {
          shownOther = shownOther.slice(0, 509) + '...';
        }
        if (operator === 'deepEqual') {
          shown = known + '\n\n' + shown + '\n\nshould loosely deep-equal\n\n';
        } else if (kReadableOperator[operator + 'Unequal']) {
          shown = kReadableOperator[operator + 'Unequal'] + '\n\n' + shown + '\n\nshould not loosely deep-equal\n\n';
        } else {
          shownOther = ' ' + operator + ' ' + shownOther;
        }
        text = shown + shownOther;
      }
    }
    var err = new Error(text);
    Object.setPrototypeOf(err, AssertionError.prototype);
    err.generatedMessage = message == null;
    err.code = 'ERR_ASSERTION';
    err.actual = actual;
    err.expected = expected;
    err.operator = operator;
    Object.defineProperty(err, 'name', { value: 'AssertionError', writable: true, configurable: true, enumerable: false });
    Error.captureStackTrace(err, options.stackStartFn || options.stackStartFunction);
    return err;
  }
  AssertionError.prototype = Object.create(Error.prototype, {
    constructor: { value: AssertionError, writable: true, configurable: true },
    toString: {
      value: function toString() { return this.name + ' [' + this.code + ']: ' + this.message; },
      writable: true, configurable: true
    }
  });
  Object.defineProperty(AssertionError, '__looplabClass', { value: true });

  function innerFail(obj) {
    if (obj.message instanceof Error) {
      throw obj.message;
    }
    throw new AssertionError(obj);
  }

  // ------------------------------------------------------------------ ok()
  // The call's source text, from its line: Node prints what was written, e.g. assert.ok(x > 1).
  function callText(name) {
    // The innermost user frame of a fresh stack is the line that called the assertion.
    var frames = String(new Error().stack).split('\n');
    var at = null;
    for (var f = 1; f < frames.length && at === null; f++) {
      at = /\(?([^()\s]+):(\d+)\)?$/.exec(frames[f]);
    }
    if (at === null) {
      return null;
    }
    var line = host.sourceLine(at[1], Number(at[2]));
    var re = /(?:[A-Za-z_$][\w$]*\s*\.\s*)*[A-Za-z_$][\w$]*\s*\(/g;
    var m;
    var best = null;
    while ((m = re.exec(line)) !== null) {
      var callee = m[0].replace(/\s*\($/, '');
      var last = callee.split('.').pop().trim();
      if (last === name || /^(assert|ok|strict)$/.test(last)) {
        best = m;
        break;
      }
    }
    if (best === null) {
      return null;
    }
    var depth = 0;
    var quote = null;
    for (var i = best.index + best[0].length - 1; i < line.length; i++) {
      var c = line.charAt(i);
      if (quote !== null) {
        if (c === '\\') {
          i++;
        } else if (c === quote) {
          quote = null;
        }
      } else if (c === '\'' || c === '"' || c === '`') {
        quote = c;
      } else if (c === '(' || c === '[' || c === '{') {
        depth++;
      } else if (c === ')' || c === ']' || c === '}') {
        depth--;
        if (depth === 0) {
          return line.slice(best.index, i + 1);
        }
      }
    }
    return null;
  }

  function innerOk(fn, argLen, value, message) {
    if (value) {
      return;
    }
    var generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      var text = callText(fn.name);
      message = 'The expression evaluated to a falsy value:\n\n  ' + (text === null ? 'assert.ok(' + inspect(value) + ')' : text) + '\n';
    } else if (message instanceof Error) {
      throw message;
    }
    var err = new AssertionError({ actual: value, expected: true, message: message, operator: '==', stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }

  function ok() {
    innerOk(ok, arguments.length, arguments[0], arguments[1]);
  }

  // ------------------------------------------------------------------ the assertions
  var assert = function ok() {
    innerOk(assert, arguments.length, arguments[0], arguments[1]);
  };
  assert.ok = ok;
  assert.AssertionError = AssertionError;

  function checkArgs(args) {
    if (args.length < 2) {
      throw errors.withCode(new TypeError('The "actual" and "expected" arguments must be specified'),
        'ERR_MISSING_ARGS');
    }
  }

  assert.fail = function fail(message) {
    if (arguments.length === 0) {
      message = 'Failed';
    }
    if (message instanceof Error) {
      throw message;
    }
    var err = new AssertionError({ message: message, operator: 'fail', stackStartFn: fail });
    if (arguments.length === 0) {
      err.generatedMessage = true;
    }
    throw err;
  };

  assert.equal = function equal(actual, expected, message) {
    checkArgs(arguments);
    // eslint-disable-next-line eqeqeq
    if (actual != expected && (actual === actual || expected === expected)) {
      innerFail({ actual: actual, expected: expected, message: message, operator: '==', stackStartFn: equal });
    }
  };
  assert.notEqual = function notEqual(actual, expected, message) {
    checkArgs(arguments);
    // eslint-disable-next-line eqeqeq
    if (actual == expected || (actual !== actual && expected !== expected)) {
      innerFail({ actual: actual, expected: expected, message: message, operator: '!=', stackStartFn: notEqual });
    }
  };
  assert.strictEqual = function strictEqual(actual, expected, message) {
    checkArgs(arguments);
    if (!sameValue(actual, expected)) {
      innerFail({ actual: actual, expected: expected, message: message, operator: 'strictEqual', stackStartFn: strictEqual });
    }
  };
  assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
    checkArgs(arguments);
    if (sameValue(actual, expected)) {
      innerFail({ actual: actual, expected: expected, message: message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
    }
  };
  assert.deepEqual = function deepEqual(actual, expected, message) {
    checkArgs(arguments);
    if (!isDeepEqual(actual, expected, false)) {
      innerFail({ actual: actual, expected: expected, message: message, operator: 'deepEqual', stackStartFn: deepEqual });
    }
  };
  assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
    checkArgs(arguments);
    if (isDeepEqual(actual, expected, false)) {
      innerFail({ actual: actual, expected: expected, message: message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
    }
  };
  assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
    checkArgs(arguments);
    if (!isDeepEqual(actual, expected, true)) {
      innerFail({ actual: actual, expected: expected, message: message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
    }
  };
  assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
    checkArgs(arguments);
    if (isDeepEqual(actual, expected, true)) {
      innerFail({ actual: actual, expected: expected, message: message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
    }
  };

  // ------------------------------------------------------------------ throws / rejects
  var NO_EXCEPTION = {};

  function getActual(fn) {
    if (typeof fn !== 'function') {
      throw errors.invalidArgType('fn', 'function', fn);
    }
    try {
      fn();
    } catch (e) {
      return e;
    }
    return NO_EXCEPTION;
  }

  function isClass(fn) {
    return fn.prototype !== undefined && (fn === Error || fn.prototype instanceof Error);
  }

  function compareExceptionKey(actual, expected, key, message, keys, fn) {
    if (!(key in actual) || !isDeepEqual(actual[key], expected[key], true)) {
      if (!message) {
        var a = new Comparison(actual, keys);
        var b = new Comparison(expected, keys, actual);
        var err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn });
        err.actual = actual;
        err.expected = expected;
        err.operator = fn.name;
        throw err;
      }
      innerFail({ actual: actual, expected: expected, message: message, operator: fn.name, stackStartFn: fn });
    }
  }

  function Comparison(obj, keys, actual) {
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && obj[key] instanceof RegExp &&
            obj[key].exec(actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }

  function expectedException(actual, expected, message, fn) {
    var generatedMessage = false;
    var throwError = false;
    if (typeof expected !== 'function') {
      if (expected instanceof RegExp) {
        var str = String(actual);
        if (expected.exec(str) !== null) {
          return;
        }
        if (!message) {
          generatedMessage = true;
          message = 'The input did not match the regular expression ' + inspect(expected) +
            '. Input:\n\n' + inspect(str) + '\n';
        }
        throwError = true;
      } else if (typeof actual !== 'object' || actual === null) {
        var err0 = new AssertionError({ actual: actual, expected: expected, message: message, operator: 'deepStrictEqual', stackStartFn: fn });
        err0.operator = fn.name;
        throw err0;
      } else {
        var keys = Object.keys(expected);
        if (expected instanceof Error) {
          keys.push('name', 'message');
        } else if (keys.length === 0) {
          throw errors.withCode(new TypeError('The argument \'error\' may not be an empty object. Received {}'),
            'ERR_INVALID_ARG_VALUE');
        }
        for (var i = 0; i < keys.length; i++) {
          var key = keys[i];
          if (typeof actual[key] === 'string' && expected[key] instanceof RegExp && expected[key].exec(actual[key]) !== null) {
            continue;
          }
          compareExceptionKey(actual, expected, key, message, keys, fn);
        }
        return;
      }
    } else if (expected.prototype !== undefined && actual instanceof expected) {
      return;
    } else if (isClass(expected)) {
      if (!message) {
        generatedMessage = true;
        message = 'The error is expected to be an instance of "' + expected.name + '". Received ';
        if (actual instanceof Error) {
          message += '"' + (actual.constructor && actual.constructor.name) + '"';
        } else {
          message += '"' + inspect(actual, { depth: -1 }) + '"';
        }
        if (actual && actual.message !== undefined) {
          message += '\n\nError message:\n\n' + actual.message;
        }
      }
      throwError = true;
    } else {
      var res = expected.call({}, actual);
      if (res !== true) {
        if (!message) {
          generatedMessage = true;
          var name = expected.name ? '"' + expected.name + '" ' : '';
          message = 'The ' + name + 'validation function is expected to return "true". Received ' + inspect(res);
          if (actual instanceof Error) {
            message += '\n\nCaught error:\n\n' + actual;
          }
        }
        throwError = true;
      }
    }
    if (throwError) {
      var err = new AssertionError({ actual: actual, expected: expected, message: message, operator: fn.name, stackStartFn: fn });
      err.generatedMessage = generatedMessage;
      throw err;
    }
  }

  function expectsError(fn, actual, error, message) {
    if (typeof error === 'string') {
      if (arguments.length === 4) {
        throw errors.invalidArgType('error', 'Object, Error, Function, or RegExp', error);
      }
      message = error;
      error = undefined;
    } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
      throw errors.invalidArgType('error', 'Object, Error, Function, or RegExp', error);
    }
    if (actual === NO_EXCEPTION) {
      var details = '';
      if (error && error.name) {
        details += ' (' + error.name + ')';
      }
      details += message ? ': ' + message : '.';
      var fnType = fn === assert.rejects ? 'rejection' : 'exception';
      innerFail({ actual: undefined, expected: error, operator: fn.name,
        message: 'Missing expected ' + fnType + details, stackStartFn: fn });
    }
    if (error && !expectedException(actual, error, message, fn)) {
      return;
    }
  }

  function expectsNoError(fn, actual, error, message) {
    if (actual === NO_EXCEPTION) {
      return;
    }
    if (typeof error === 'string') {
      message = error;
      error = undefined;
    }
    if (!error || (typeof error === 'function' && error.prototype !== undefined && actual instanceof error)) {
      var details = message ? ': ' + message : '.';
      var fnType = fn === assert.doesNotReject ? 'rejection' : 'exception';
      innerFail({ actual: actual, expected: error, operator: fn.name,
        message: 'Got unwanted ' + fnType + details + '\nActual message: "' + (actual && actual.message) + '"',
        stackStartFn: fn });
    }
    throw actual;
  }

  assert.throws = function throws(promiseFn) {
    var args = Array.prototype.slice.call(arguments, 1);
    expectsError.apply(null, [throws, getActual(promiseFn)].concat(args));
  };
  assert.doesNotThrow = function doesNotThrow(fn) {
    var args = Array.prototype.slice.call(arguments, 1);
    expectsNoError.apply(null, [doesNotThrow, getActual(fn)].concat(args));
  };

  function waitForActual(promiseFn) {
    var Promise = promiseModule().Promise;
    return Promise.resolve().then(function () {
      var resultPromise;
      if (typeof promiseFn === 'function') {
        resultPromise = promiseFn();
        if (resultPromise === null || typeof resultPromise !== 'object' || typeof resultPromise.then !== 'function') {
          throw errors.withCode(new TypeError('Expected instance of Promise to be returned from the "promiseFn" function but got ' +
            (resultPromise === null ? 'null' : typeof resultPromise) + '.'), 'ERR_INVALID_RETURN_VALUE');
        }
      } else if (promiseFn !== null && typeof promiseFn === 'object' && typeof promiseFn.then === 'function') {
        resultPromise = promiseFn;
      } else {
        throw errors.invalidArgType('promiseFn', 'function or an instance of Promise', promiseFn);
      }
      return resultPromise.then(function () { return NO_EXCEPTION; }, function (e) { return e; });
    });
  }

  assert.rejects = function rejects(promiseFn) {
    var args = Array.prototype.slice.call(arguments, 1);
    return waitForActual(promiseFn).then(function (actual) {
      expectsError.apply(null, [rejects, actual].concat(args));
    });
  };
  assert.doesNotReject = function doesNotReject(fn) {
    var args = Array.prototype.slice.call(arguments, 1);
    return waitForActual(fn).then(function (actual) {
      expectsNoError.apply(null, [doesNotReject, actual].concat(args));
    });
  };

  assert.ifError = function ifError(err) {
    if (err !== null && err !== undefined) {
      var message = 'ifError got unwanted exception: ';
      if (typeof err === 'object' && typeof err.message === 'string') {
        message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
      } else {
        message += inspect(err);
      }
      var newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message: message, stackStartFn: ifError });
      throw newErr;
    }
  };

  function internalMatch(string, regexp, message, fn) {
    if (!(regexp instanceof RegExp)) {
      throw errors.invalidArgType('regexp', 'an instance of RegExp', regexp);
    }
    var match = fn === assert.match;
    if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
      if (message instanceof Error) {
        throw message;
      }
      var generatedMessage = !message;
      message = message || (typeof string !== 'string' ?
        'The "string" argument must be of type string. Received type ' + typeof string + ' (' + inspect(string) + ')' :
        (match ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression ') +
        inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n');
      var err = new AssertionError({ actual: string, expected: regexp, message: message, operator: fn.name, stackStartFn: fn });
      err.generatedMessage = generatedMessage;
      throw err;
    }
  }
  assert.match = function match(string, regexp, message) {
    internalMatch(string, regexp, message, match);
  };
  assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
    internalMatch(string, regexp, message, doesNotMatch);
  };

  // assert.strict: the same assertions with the loose ones made strict.
  var strict = function strict() {
    innerOk(strict, arguments.length, arguments[0], arguments[1]);
  };
  Object.keys(assert).forEach(function (key) {
    strict[key] = assert[key];
  });
  strict.equal = assert.strictEqual;
  strict.deepEqual = assert.deepStrictEqual;
  strict.notEqual = assert.notStrictEqual;
  strict.notDeepEqual = assert.notDeepStrictEqual;
  strict.strict = strict;
  assert.strict = strict;

  return { assert: assert, isDeepStrictEqual: function isDeepStrictEqual(a, b) { return isDeepEqual(a, b, true); } };
})
