// looplab: Node 20's util.inspect / util.format for the Nashorn runtime.
// Written after the rules of Node's lib/internal/util/inspect.js, in plain
// ES5 so Nashorn 15 (--language=es6, no classes/spread/Reflect) can run it.
// The runtime evaluates this function expression and calls it once with the
// host object; only host.write/now/stackLines exist and none is used here.
(function (host) {
  'use strict';

  var hasOwn = Object.prototype.hasOwnProperty;
  var objToString = Object.prototype.toString;
  var fnToString = Function.prototype.toString;
  var symToString = Symbol.prototype.toString;
  var getProto = Object.getPrototypeOf;
  var getOwnDesc = Object.getOwnPropertyDescriptor;
  var getOwnNames = Object.getOwnPropertyNames;
  var getOwnSymbols = Object.getOwnPropertySymbols;
  var isArray = Array.isArray;
  var customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
  var toPrimitiveSymbol = Symbol.toPrimitive;
  var CLASS_MARK = '__looplabClass';
  // A non-enumerable own string property standing in for Symbol.toStringTag
  // (which Nashorn lacks), e.g. 'console' for the console object.
  var TAG_MARK = '__looplabToStringTag';

  var inspectDefaultOptions = {
    showHidden: false,
    depth: 2,
    colors: false,
    customInspect: true,
    showProxy: false,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 80,
    compact: 3,
    sorted: false,
    getters: false,
    numericSeparator: false
  };

  var kObjectType = 0;
  var kArrayType = 1;
  var kArrayExtrasType = 2;
  var kMinLineLength = 16;

  var keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  var numberRegExp = /^(0|[1-9][0-9]*)$/;
  var typedArrayRegExp = /^(?:Big)?(?:Int|Uint|Float)(?:8|16|32|64)(?:Clamped)?Array$/;
  var coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
  var colorRegExp = /\u001b\[\d\d?m/g;
  var ansiRegExp = null; // built on first use: see stripVTControlCharacters

  // Names of the globals Node counts as built in (global names of the form
  // /^[A-Z][a-zA-Z0-9]+$/), as far as they matter for %s and prototypes.
  var builtInObjects = {
    Object: 1, Function: 1, Array: 1, Number: 1, Boolean: 1, String: 1,
    Symbol: 1, Date: 1, Promise: 1, RegExp: 1, Error: 1, AggregateError: 1,
    EvalError: 1, RangeError: 1, ReferenceError: 1, SyntaxError: 1,
    TypeError: 1, URIError: 1, JSON: 1, Math: 1, Intl: 1, ArrayBuffer: 1,
    SharedArrayBuffer: 1, DataView: 1, Map: 1, Set: 1, WeakMap: 1, WeakSet: 1,
    BigInt: 1, Proxy: 1, Reflect: 1, WeakRef: 1, FinalizationRegistry: 1,
    Uint8Array: 1, Int8Array: 1, Uint16Array: 1, Int16Array: 1,
    Uint32Array: 1, Int32Array: 1, Float32Array: 1, Float64Array: 1,
    Uint8ClampedArray: 1, BigUint64Array: 1, BigInt64Array: 1, Buffer: 1,
    URL: 1, URLSearchParams: 1, TextEncoder: 1, TextDecoder: 1,
    AbortController: 1, AbortSignal: 1, EventTarget: 1, Event: 1
  };

  // Values of Symbol.toStringTag that V8 defines on built-in prototypes.
  // Nashorn has no Symbol.toStringTag, so Object.prototype.toString's class
  // name stands in for it.
  var taggedClasses = {
    Map: 1, Set: 1, WeakMap: 1, WeakSet: 1, ArrayBuffer: 1,
    SharedArrayBuffer: 1, DataView: 1, Math: 1, JSON: 1, Promise: 1,
    'Map Iterator': 1, 'Set Iterator': 1, 'Array Iterator': 1,
    'String Iterator': 1, 'RegExp String Iterator': 1, Generator: 1
  };

  // Optional: the runtime may describe its Promise objects.
  // fn(value) -> undefined | { state: 'pending'|'fulfilled'|'rejected', result }
  var promiseDetails = null;
  // Optional: the runtime may preview Map and Set iterators (V8's previewEntries).
  // fn(value) -> undefined | [isKeyValue, entry, entry, ...] (pairs flattened)
  var iteratorEntries = null;

  // ---------------------------------------------------------------- helpers

  function repeat(str, n) {
    return n > 0 ? str.repeat(n) : '';
  }

  function padStart(str, n) {
    return str.length >= n ? str : repeat(' ', n - str.length) + str;
  }

  function padEnd(str, n) {
    return str.length >= n ? str : str + repeat(' ', n - str.length);
  }

  function extend(target, source) {
    if (source !== null && source !== undefined) {
      var keys = Object.keys(source);
      for (var i = 0; i < keys.length; i++) target[keys[i]] = source[keys[i]];
    }
    return target;
  }

  function classOf(value) {
    var s = objToString.call(value);
    return s.slice(8, s.length - 1);
  }

  function isInstanceof(object, ctor) {
    try {
      return object instanceof ctor;
    } catch (e) {
      return false;
    }
  }

  function symbolToString(sym) {
    return symToString.call(sym);
  }

  // String(x) that also works for symbols (Nashorn's String(sym) throws).
  function safeString(x) {
    return typeof x === 'symbol' ? symbolToString(x) : String(x);
  }

  function isError(value) {
    return classOf(value) === 'Error' || isInstanceof(value, Error);
  }

  function isClassFunction(fn) {
    if (fn[CLASS_MARK] === true) return true;
    var src;
    try {
      src = fnToString.call(fn);
    } catch (e) {
      return false;
    }
    return /^class\b/.test(src) && src.charAt(src.length - 1) === '}';
  }

  function removeColors(str) {
    return str.replace(colorRegExp, '');
  }

  // Removes ANSI escape sequences (the pattern Node uses, from ansi-regex).
  function stripVTControlCharacters(str) {
    if (str.indexOf('\u001b') === -1 && str.indexOf('\u009b') === -1) return str;
    if (ansiRegExp === null) {
      ansiRegExp = new RegExp(
        '[\\u001B\\u009B][[\\]()#;?]*' +
        '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
        '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
        '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
        '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
        '[\\dA-PR-TZcf-nq-uy=><~]))', 'g');
    }
    return str.replace(ansiRegExp, '');
  }

  // Display widths as Node's ICU build counts them: code point ranges from
  // U+0080 up that take no column, and ranges that take two. Each range is
  // "gap.length" in base 36: gap from the previous range's end to this
  // start, then end - start. Decoded on first use.
  var zeroWidthRanges =
    '3k.v gx.33 7o.6 7c.18 2.0 2.1 2.1 2.0 1l.5 b.a 2.0 1b.k h.0 2u.7 2.5 3.1 2.3 y.0 2.0 v.q ' +
    '2k.a 1n.8 a.0 p.3 2.8 2.2 2.4 18.2 1h.1 6.8 17.1k 1k.0 2.0 5.7 5.0 4.6 b.1 u.0 1n.0 5.3 9.0 ' +
    'l.1 r.0 3.1 1m.0 5.1 5.1 3.2 4.0 v.1 4.0 c.1 1m.0 5.4 2.1 5.0 l.1 n.5 2.0 1n.0 3.0 2.3 9.0 ' +
    '8.1 c.1 v.0 1q.0 d.0 1f.0 4.0 1k.0 2.2 6.2 2.3 8.1 c.1 u.0 1n.0 3.0 7.0 6.1 l.1 t.1 1m.1 5.3 ' +
    '9.0 l.1 u.0 21.0 8.2 2.0 2j.0 3.6 d.7 2r.0 3.8 c.6 22.1 s.0 2.0 2.0 1k.d 2.4 2.1 6.a 2.z a.0 ' +
    '2v.3 2.5 2.1 3.1 q.1 5.2 h.3 e.0 3.1 7.0 g.0 jk.2 qb.2 u.1 v.1 v.1 1t.1 2.6 9.0 3.a a.0 1a.4 ' +
    '3a.1 z.0 3b.2 5.1 a.0 7.2 64.1 3.0 1n.0 2.6 2.0 2.0 3.7 7.9 3.0 1d.19 3.b l.3 1d.0 2.4 2.0 ' +
    '6.0 15.8 d.1 x.3 3.1 2.2 1l.0 2.1 4.0 2.2 1n.7 3.1 49.2 2.c 2.6 5.0 7.0 4.1 5j.1r ek.4 r.4 ' +
    '1e.4 2.9 2p.w 2db.2 3y.0 2p.v nsg.3 2.9 x.1 29.1 7l.0 4.0 5.0 q.1 6.0 48.1 r.h e.0 13.7 q.a ' +
    '1b.2 1d.0 3.3 3.1 14.0 1w.5 3.1 3.1 d.0 9.0 1c.0 1g.0 2.2 3.1 6.1 2.0 17.1 9.0 6n.0 3.0 5.0 ' +
    'fn5.0 ki.f h.f 5s.0 6y.2 ea.0 6b.0 46.4 1af.2 2.1 6.3 15.2 5.0 4m.1 fy.3 1u.4 8u.1 26.5 1z.a ' +
    '1e.3 3g.0 1j.e 16.0 3.1 b.2 1e.3 3.1 3.0 5.0 b.0 1f.2 11.4 2.7 1r.0 d.1 1h.8 b.3 3.0 2o.2 ' +
    '3.0 2.1 7.0 3.0 4e.0 4.7 m.1 1m.1 4.0 12.6 4.4 1z.5 e.0 2.0 2.0 f.1 2e.7 3.2 2.0 o.0 2d.5 ' +
    '2.0 5.1 2.1 6n.3 7.1 2.1 s.1 2e.7 3.0 2.1 2z.0 2.0 3.5 2.0 2u.0 2.0 3.3 2.4 78.8 2.1 75.1 ' +
    '2.0 5.0 41.3 3.1 5.0 x.9 15.5 3.3 9.0 a.5 3.2 1b.c 2.1 5j.0 2.2 2.0 5m.6 2.5 2.0 2b.l 3.6 ' +
    '2.1 2.1 3f.5 4.0 2.1 2.6 2.0 21.1 4.0 2.0 9o.1 c.1 1h.4 6.0 2.0 o.0 446.g 7.e 8uh.b 4.2 ' +
    '1xd.4 1o.6 t5.0 1s.3 f7v.1 2.3 3ml.19 3.m f5.2 a.f 3.6 v.3 45.2 1j0.1i 5.1d 9.0 f.0 n.4 2.e ' +
    '11t.6 2.g 3.6 2.1 2.4 2t.0 4h.6 ag.0 1q.3 e5.3 73.1 6s.0 3.0 8.1 6.0 d7.6 32.6 gzav.0 v.2n ' +
    '3l.6n';
  var wideRanges =
    '3cw.2n 3i3.1 e.1 5b.3 4.0 3.0 ei.1 m.1 r.7 h.b 18.0 b.5 4.0 e.0 9.1 i.1 6.1 9.0 6.0 m.0 8.1 ' +
    '2.0 5.0 3.0 8.0 5.1 t.0 10.0 2.0 5.2 2.0 1q.2 p.0 f.0 nw.1 1g.0 5.0 mj.p 2.2g d.5x r.26 3.2d ' +
    '3.2u 6.16 2.2l 2.2d a.1b 2.13 9.mkc 4.1i wq.s hw.8mb 6l9.e7 lt.9 n.y 2.i 2.3 46.2n 3k.6 ' +
    'm4a.4 c.6 a.5p1 16.v 2q.36 6pq.3 2.6 2.1 2.82 g.0 u.2 3.0 f.3 9.az 603.1 2k.1 90.2e a.m ' +
    '5n2.0 5n.0 5b.0 3.9 24.s e.17 5.8 8.1 f.5 4b.w d.8 2.1x 2.l d.16 5.4 d.g 4.0 4.1y 2.0 2.56 ' +
    '3.1q e.3 2.n j.0 r.1 e.0 2f.2c 1d.1x 7.0 4.2 3.3 4.3 c.1 8.8 6c.b 5.0 7w.1a 2.9 2.54 35.c ' +
    '4.a 4.1k 2.0 5.f 3.b 5.9 zs.1ekd 3.1ekd';
  var zeroWidthTable = null;
  var wideTable = null;

  function decodeRanges(data) {
    var tokens = data.split(' ');
    var starts = [];
    var ends = [];
    var prev = 0;
    for (var i = 0; i < tokens.length; i++) {
      var dot = tokens[i].indexOf('.');
      var start = prev + parseInt(tokens[i].slice(0, dot), 36);
      prev = start + parseInt(tokens[i].slice(dot + 1), 36);
      starts.push(start);
      ends.push(prev);
    }
    return { starts: starts, ends: ends };
  }

  function inRanges(table, code) {
    var lo = 0;
    var hi = table.starts.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (code < table.starts[mid]) {
        hi = mid - 1;
      } else if (code > table.ends[mid]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  function codePointWidth(code) {
    if (code < 0x7f) return code >= 32 ? 1 : 0;
    if (code < 0xa0) return 0;
    if (zeroWidthTable === null) {
      zeroWidthTable = decodeRanges(zeroWidthRanges);
      wideTable = decodeRanges(wideRanges);
    }
    if (inRanges(zeroWidthTable, code)) return 0;
    return inRanges(wideTable, code) ? 2 : 1;
  }

  // Columns needed to display str (ASCII fast path, like Node's).
  function getStringWidth(str, removeControlChars) {
    if (removeControlChars !== false) str = stripVTControlCharacters(str);
    var width = 0;
    for (var i = 0; i < str.length; i++) {
      var code = str.charCodeAt(i);
      if (code < 127) {
        if (code >= 32) width++;
        continue;
      }
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < str.length) {
        var low = str.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      width += codePointWidth(code);
    }
    return width;
  }

  // ------------------------------------------------------------ inspect()

  function inspect(value, opts) {
    var ctx = {
      budget: {},
      indentationLvl: 0,
      seen: [],
      currentDepth: 0,
      stylize: stylizeNoColor,
      showHidden: inspectDefaultOptions.showHidden,
      depth: inspectDefaultOptions.depth,
      colors: inspectDefaultOptions.colors,
      customInspect: inspectDefaultOptions.customInspect,
      showProxy: inspectDefaultOptions.showProxy,
      maxArrayLength: inspectDefaultOptions.maxArrayLength,
      maxStringLength: inspectDefaultOptions.maxStringLength,
      breakLength: inspectDefaultOptions.breakLength,
      compact: inspectDefaultOptions.compact,
      sorted: inspectDefaultOptions.sorted,
      getters: inspectDefaultOptions.getters,
      numericSeparator: inspectDefaultOptions.numericSeparator
    };
    if (arguments.length > 1) {
      if (arguments.length > 2) {
        if (arguments[2] !== undefined) ctx.depth = arguments[2];
        if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
      }
      if (typeof opts === 'boolean') {
        ctx.showHidden = opts;
      } else if (opts) {
        var optKeys = Object.keys(opts);
        for (var i = 0; i < optKeys.length; ++i) {
          var key = optKeys[i];
          if (hasOwn.call(inspectDefaultOptions, key) || key === 'stylize') {
            ctx[key] = opts[key];
          } else if (ctx.userOptions === undefined) {
            ctx.userOptions = opts;
          }
        }
      }
    }
    if (ctx.colors) ctx.stylize = stylizeWithColor;
    if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
    if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
    // (recurseTimes starts as a property read so that every call passes it
    // with one type: Nashorn compiles a function once per argument typing.)
    return formatValue(ctx, value, ctx.currentDepth);
  }

  inspect.custom = customInspectSymbol;

  Object.defineProperty(inspect, 'defaultOptions', {
    get: function () {
      return inspectDefaultOptions;
    },
    set: function (options) {
      if (options === null || typeof options !== 'object') {
        throw new TypeError('The "options" argument must be of type object.' +
          ' Received ' + describeReceived(options));
      }
      return extend(inspectDefaultOptions, options);
    }
  });

  inspect.colors = extend(Object.create(null), {
    reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23],
    underline: [4, 24], blink: [5, 25], inverse: [7, 27], hidden: [8, 28],
    strikethrough: [9, 29], doubleunderline: [21, 24],
    black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39],
    blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39],
    bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
    bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
    framed: [51, 54], overlined: [53, 55], gray: [90, 39],
    redBright: [91, 39], greenBright: [92, 39], yellowBright: [93, 39],
    blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39],
    whiteBright: [97, 39], bgGray: [100, 49], bgRedBright: [101, 49],
    bgGreenBright: [102, 49], bgYellowBright: [103, 49],
    bgBlueBright: [104, 49], bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49], bgWhiteBright: [107, 49]
  });
  // Aliases, non-enumerable as in Node.
  (function (aliases) {
    function define(alias, target) {
      Object.defineProperty(inspect.colors, alias, {
        get: function () {
          return this[target];
        },
        set: function (value) {
          this[target] = value;
        },
        configurable: true,
        enumerable: false
      });
    }
    for (var i = 0; i < aliases.length; i += 2) define(aliases[i], aliases[i + 1]);
  })(['grey', 'gray', 'blackBright', 'gray', 'bgGrey', 'bgGray', 'bgBlackBright', 'bgGray',
    'faint', 'dim', 'crossedout', 'strikethrough', 'strikeThrough', 'strikethrough',
    'crossedOut', 'strikethrough', 'conceal', 'hidden', 'swapColors', 'inverse',
    'swapcolors', 'inverse', 'doubleUnderline', 'doubleunderline']);

  inspect.styles = extend(Object.create(null), {
    special: 'cyan',
    number: 'yellow',
    bigint: 'yellow',
    boolean: 'yellow',
    undefined: 'grey',
    null: 'bold',
    string: 'green',
    symbol: 'green',
    date: 'magenta',
    regexp: 'red',
    module: 'underline'
  });

  function stylizeWithColor(str, styleType) {
    var style = inspect.styles[styleType];
    if (style !== undefined) {
      var color = inspect.colors[style];
      if (color !== undefined) {
        return '\u001b[' + color[0] + 'm' + str + '\u001b[' + color[1] + 'm';
      }
    }
    return str;
  }

  function stylizeNoColor(str) {
    return str;
  }

  function getUserOptions(ctx) {
    var ret = {
      stylize: ctx.stylize,
      showHidden: ctx.showHidden,
      depth: ctx.depth,
      colors: ctx.colors,
      customInspect: ctx.customInspect,
      showProxy: ctx.showProxy,
      maxArrayLength: ctx.maxArrayLength,
      maxStringLength: ctx.maxStringLength,
      breakLength: ctx.breakLength,
      compact: ctx.compact,
      sorted: ctx.sorted,
      getters: ctx.getters,
      numericSeparator: ctx.numericSeparator
    };
    return extend(ret, ctx.userOptions);
  }

  // The options of ctx, for a nested inspect() call.
  function optionsOf(ctx) {
    var ret = {};
    var keys = Object.keys(inspectDefaultOptions);
    for (var i = 0; i < keys.length; i++) ret[keys[i]] = ctx[keys[i]];
    ret.stylize = ctx.stylize;
    return ret;
  }

  // ---------------------------------------------------------- strings

  function escapeChar(code) {
    switch (code) {
      case 8: return '\\b';
      case 9: return '\\t';
      case 10: return '\\n';
      case 12: return '\\f';
      case 13: return '\\r';
      case 39: return "\\'";
      case 92: return '\\\\';
    }
    var hex = code.toString(16).toUpperCase();
    return '\\x' + (hex.length < 2 ? '0' + hex : hex);
  }

  // Escape control characters, the quote in use, the backslash and lone
  // surrogates; pick ' or " or ` as Node does.
  function strEscape(str) {
    var singleQuote = 39;
    if (str.indexOf("'") !== -1) {
      if (str.indexOf('"') === -1) {
        singleQuote = -1;
      } else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) {
        singleQuote = -2;
      }
    }
    var result = '';
    var last = 0;
    var len = str.length;
    for (var i = 0; i < len; i++) {
      var point = str.charCodeAt(i);
      if (point === singleQuote || point === 92 || point < 32 ||
          (point > 126 && point < 160)) {
        result += str.slice(last, i) + escapeChar(point);
        last = i + 1;
      } else if (point >= 0xd800 && point <= 0xdfff) {
        if (point <= 0xdbff && i + 1 < len) {
          var next = str.charCodeAt(i + 1);
          if (next >= 0xdc00 && next <= 0xdfff) {
            i++;
            continue;
          }
        }
        result += str.slice(last, i) + '\\u' + point.toString(16);
        last = i + 1;
      }
    }
    if (last !== len) result += last === 0 ? str : str.slice(last);
    if (singleQuote === -1) return '"' + result + '"';
    if (singleQuote === -2) return '`' + result + '`';
    return "'" + result + "'";
  }

  // Escapes used for symbol descriptions and non-enumerable keys (always
  // escapes the single quote, never adds quotes).
  function escapeKey(str) {
    var result = '';
    var last = 0;
    for (var i = 0; i < str.length; i++) {
      var point = str.charCodeAt(i);
      var rep = null;
      if (point === 39 || point === 92 || point < 32 || (point > 126 && point < 160)) {
        rep = escapeChar(point);
      } else if (point >= 0xd800 && point <= 0xdfff) {
        if (point <= 0xdbff && i + 1 < str.length) {
          var next = str.charCodeAt(i + 1);
          if (next >= 0xdc00 && next <= 0xdfff) {
            i++;
            continue;
          }
        }
        rep = '\\u' + point.toString(16);
      }
      if (rep !== null) {
        result += str.slice(last, i) + rep;
        last = i + 1;
      }
    }
    return last === 0 ? str : result + str.slice(last);
  }

  // ---------------------------------------------------------- primitives

  function addNumericSeparator(integerString) {
    var result = '';
    var i = integerString.length;
    var start = integerString.charAt(0) === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) {
      result = '_' + integerString.slice(i - 3, i) + result;
    }
    return i === integerString.length ? integerString : integerString.slice(0, i) + result;
  }

  function addNumericSeparatorEnd(integerString) {
    var result = '';
    var i = 0;
    for (; i < integerString.length - 3; i += 3) {
      result += integerString.slice(i, i + 3) + '_';
    }
    return i === 0 ? integerString : result + integerString.slice(i);
  }

  function formatNumber(fn, number, numericSeparator) {
    number = +number;
    if (!numericSeparator) {
      if (number === 0 && 1 / number < 0) return fn('-0', 'number');
      return fn(String(number), 'number');
    }
    var numberString = String(number);
    var integer = number < 0 ? Math.ceil(number) : Math.floor(number);
    if (integer === number) {
      if (!isFinite(number) || numberString.indexOf('e') !== -1) return fn(numberString, 'number');
      return fn(addNumericSeparator(numberString), 'number');
    }
    if (number !== number) return fn(numberString, 'number');
    var decimalIndex = numberString.indexOf('.');
    return fn(addNumericSeparator(numberString.slice(0, decimalIndex)) + '.' +
      addNumericSeparatorEnd(numberString.slice(decimalIndex + 1)), 'number');
  }

  function formatPrimitive(fn, value, ctx) {
    if (typeof value === 'string') {
      var trailer = '';
      if (value.length > ctx.maxStringLength) {
        var remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
      }
      if (ctx.compact !== true &&
          value.length > kMinLineLength &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        // Split after each line break, keeping the break with its line.
        var parts = [];
        var start = 0;
        var nl;
        while ((nl = value.indexOf('\n', start)) !== -1 && nl + 1 < value.length) {
          parts.push(fn(strEscape(value.slice(start, nl + 1)), 'string'));
          start = nl + 1;
        }
        parts.push(fn(strEscape(value.slice(start)), 'string'));
        return parts.join(' +\n' + repeat(' ', ctx.indentationLvl + 2)) + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
    if (typeof value === 'bigint') return fn(String(value) + 'n', 'bigint');
    if (typeof value === 'boolean') return fn(String(value), 'boolean');
    if (typeof value === 'undefined') return fn('undefined', 'undefined');
    if (typeof value === 'symbol') return fn(symbolToString(value), 'symbol');
    return fn(String(value), 'special');
  }

  // ---------------------------------------------------------- objects

  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') {
      return formatPrimitive(ctx.stylize, value, ctx);
    }
    if (value === null) return ctx.stylize('null', 'null');
    var cls = objToString.call(value);
    cls = cls.slice(8, cls.length - 1);
    // A Java object that reached JavaScript: its class name has a '.' or '['.
    if (cls.indexOf('.') !== -1 || cls.charAt(0) === '[') return formatJavaValue(ctx, value, cls);

    var context = value;
    if (ctx.customInspect) {
      var maybeCustom = value[customInspectSymbol];
      if (typeof maybeCustom === 'function' &&
          maybeCustom !== inspect &&
          !(value.constructor && value.constructor.prototype === value)) {
        var depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        var ret = maybeCustom.call(context, depth, getUserOptions(ctx), inspect);
        if (ret !== context) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return ret.split('\n').join('\n' + repeat(' ', ctx.indentationLvl));
        }
      }
    }

    if (ctx.seen.indexOf(value) !== -1) {
      var index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new Map();
        ctx.circular.set(value, index);
      } else {
        index = ctx.circular.get(value);
        if (index === undefined) {
          index = ctx.circular.size + 1;
          ctx.circular.set(value, index);
        }
      }
      return ctx.stylize('[Circular *' + index + ']', 'special');
    }

    return formatRaw(ctx, value, recurseTimes, typedArray, cls);
  }

  // A Java object that reached JavaScript (Object.prototype.toString names
  // its Java class, e.g. "java.lang.Long"): not a script object.
  function isJavaObject(value) {
    var cls = classOf(value);
    return cls.indexOf('.') !== -1 || cls.charAt(0) === '[';
  }

  function formatJavaValue(ctx, value, cls) {
    if (/^java\.lang\.(?:Long|Integer|Short|Byte|Double|Float)$/.test(cls)) {
      return formatNumber(ctx.stylize, +value, ctx.numericSeparator);
    }
    if (cls === 'java.math.BigInteger' || cls === 'java.math.BigDecimal') {
      return ctx.stylize(String(value), 'number');
    }
    if (cls === 'java.lang.Character' || cls === 'java.lang.String') {
      return formatPrimitive(ctx.stylize, String(value), ctx);
    }
    if (cls === 'java.lang.Boolean') return ctx.stylize(String(value), 'boolean');
    return ctx.stylize('[' + cls + ': ' + String(value) + ']', 'special');
  }

  function getConstructorName(obj, ctx, recurseTimes, protoProps) {
    var firstProto;
    var tmp = obj;
    while (obj) {
      var descriptor = getOwnDesc(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          descriptor.value.name !== '' &&
          isInstanceof(tmp, descriptor.value)) {
        if (protoProps !== undefined &&
            (firstProto !== obj || builtInObjects[descriptor.value.name] !== 1)) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return String(descriptor.value.name);
      }
      obj = getProto(obj);
      if (firstProto === undefined) firstProto = obj;
    }
    if (firstProto === null) return null;

    var res = classOf(tmp);
    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      return res + ' <Complex prototype>';
    }
    var protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
    if (protoConstr === null) {
      var opts = optionsOf(ctx);
      opts.customInspect = false;
      opts.depth = -1;
      return res + ' <' + inspect(firstProto, opts) + '>';
    }
    return res + ' <' + protoConstr + '>';
  }

  // Lists accessors (and other non-function properties) of user-defined
  // prototypes, for showHidden.
  function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
    var depth = 0;
    var keys;
    var keySet;
    do {
      if (depth !== 0 || main === obj) {
        obj = getProto(obj);
        if (obj === null) return;
        var descriptor = getOwnDesc(obj, 'constructor');
        if (descriptor !== undefined &&
            typeof descriptor.value === 'function' &&
            builtInObjects[descriptor.value.name] === 1) {
          return;
        }
      }
      if (depth === 0) {
        keySet = new Set();
      } else {
        for (var k = 0; k < keys.length; k++) keySet.add(keys[k]);
      }
      keys = getOwnNames(obj);
      ctx.seen.push(main);
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (key === 'constructor' || key === CLASS_MARK || hasOwn.call(main, key) ||
            (depth !== 0 && keySet.has(key))) {
          continue;
        }
        var desc = getOwnDesc(obj, key);
        if (typeof desc.value === 'function') continue;
        var value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
        if (ctx.colors) {
          output.push('\u001b[2m' + value + '\u001b[22m');
        } else {
          output.push(value);
        }
      }
      ctx.seen.pop();
    } while (++depth !== 3);
  }

  function getPrefix(constructor, tag, fallback, size) {
    if (size === undefined) size = '';
    if (constructor === null) {
      if (tag !== '' && fallback !== tag) {
        return '[' + fallback + size + ': null prototype] [' + tag + '] ';
      }
      return '[' + fallback + size + ': null prototype] ';
    }
    if (tag !== '' && constructor !== tag) {
      return constructor + size + ' [' + tag + '] ';
    }
    return constructor + size + ' ';
  }

  // Own keys to list: enumerable names (all names with showHidden; without
  // array indices when nonIndex), then enumerable symbols (all with
  // showHidden), as Node's getKeys; never looplab's internal ones (a class's
  // private fields among them: their symbols are not enumerable).
  function ownKeys(value, showHidden, nonIndex) {
    var names = showHidden ? getOwnNames(value) : Object.keys(value);
    var i = 0;
    if (nonIndex) {
      // Index keys come first, in order: skip them from the end.
      i = names.length;
      while (i > 0 && !(numberRegExp.test(names[i - 1]) && +names[i - 1] < 4294967295)) i--;
    }
    var keys = [];
    for (; i < names.length; i++) {
      var k = names[i];
      if (k !== CLASS_MARK && k !== TAG_MARK && k !== 'nashornException') keys.push(k);
    }
    if (typeof value === 'function') {
      if (showHidden) keys = functionHiddenKeys(value, keys);
      if (value === RegExp) {
        // Nashorn's legacy RegExp statics are enumerable; V8's are not.
        for (var r = keys.length - 1; r >= 0; r--) {
          if (regExpLegacyKeys.test(keys[r])) keys.splice(r, 1);
        }
      }
    }
    var symbols = getOwnSymbols(value);
    for (var j = 0; j < symbols.length; j++) {
      if (showHidden || symbolIsEnumerable(value, symbols[j])) {
        keys.push(symbols[j]);
      }
    }
    return keys;
  }

  // (Read when called: the runtime replaces propertyIsEnumerable with one that takes a symbol;
  // Nashorn's own throws for it, and then the key is listed.)
  function symbolIsEnumerable(value, sym) {
    try {
      return Object.prototype.propertyIsEnumerable.call(value, sym);
    } catch (e) {
      return true;
    }
  }

  // Own keys of a function in V8's order: length, name, then for a sloppy
  // `function` arguments and caller (null); an arrow has no prototype.
  function functionHiddenKeys(fn, keys) {
    var src;
    try {
      src = fnToString.call(fn);
    } catch (e) {
      src = '';
    }
    var isPlain = /^function\b/.test(src) && src.indexOf('[native code]') === -1 && !isClassFunction(fn);
    var isArrow = !isPlain && !/^(?:async\s+)?function\b/.test(src) && !/^class\b/.test(src) &&
      /^(?:async\s*)?(?:\([^)]*\)|[A-Za-z_$][\w$]*)\s*=>/.test(src);
    var out = [];
    var rest = [];
    for (var i = 0; i < keys.length; i++) {
      var k = keys[i];
      if (k === 'length' || k === 'name' || k === 'arguments' || k === 'caller') continue;
      if (k === 'prototype' && isArrow) continue;
      rest.push(k);
    }
    if (hasOwn.call(fn, 'length')) out.push('length');
    if (hasOwn.call(fn, 'name')) out.push('name');
    if (isPlain) out.push(FN_ARGUMENTS, FN_CALLER);
    return out.concat(rest);
  }

  // Stand-ins for the arguments/caller own properties V8 gives sloppy
  // functions (printed as `[arguments]: null`).
  var FN_ARGUMENTS = { key: 'arguments' };
  var FN_CALLER = { key: 'caller' };

  var regExpLegacyKeys = /^(?:input|multiline|lastMatch|lastParen|leftContext|rightContext|\$\d)$/;

  function getCtxStyle(value, constructor, tag) {
    var fallback = '';
    if (constructor === null) {
      fallback = classOf(value);
      if (fallback === tag) fallback = 'Object';
    }
    return getPrefix(constructor, tag, fallback);
  }

  function getTag(value, cls) {
    if (hasOwn.call(value, TAG_MARK)) return String(value[TAG_MARK]);
    // A Symbol.toStringTag that is not an own property (that one prints as a key: Nashorn
    // cannot tell whether a symbol-keyed property is enumerable, see ownKeys).
    var tagSymbol = Symbol.toStringTag;
    if (tagSymbol !== undefined) {
      var userTag;
      try {
        userTag = value[tagSymbol];
      } catch (e) {
        userTag = undefined;
      }
      if (typeof userTag === 'string' && userTag !== '' && getOwnSymbols(value).indexOf(tagSymbol) < 0) return userTag;
    }
    if (taggedClasses[cls] === 1 || typedArrayRegExp.test(cls)) return cls;
    if (cls === 'Object' && typeof DataView === 'function' && isInstanceof(value, DataView)) {
      return 'DataView';
    }
    return '';
  }

  function formatRaw(ctx, value, recurseTimes, typedArray, cls) {
    var keys;
    var protoProps;
    if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
      protoProps = [];
    }
    var constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
    if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

    if (cls === undefined) cls = classOf(value);
    var tag = getTag(value, cls);
    var base = '';
    var formatter = null;
    var braces;
    var extrasType = kObjectType;
    var prefix;
    var size;
    // Leading keys that V8 serves from prototype getters (Nashorn may have
    // them as own non-enumerable properties): list them as plain values.
    var syntheticKeys = 0;
    var preview;

    if (isArray(value)) {
      prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', '(' + value.length + ')') : '';
      keys = ownKeys(value, ctx.showHidden, true);
      braces = [prefix + '[', ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return braces[0] + ']';
      }
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (cls === 'Set') {
      size = value.size;
      prefix = getPrefix(constructor, tag, 'Set', '(' + size + ')');
      keys = ownKeys(value, ctx.showHidden, false);
      formatter = formatSet;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return prefix + '{}';
      braces = [prefix + '{', '}'];
    } else if (cls === 'Map') {
      size = value.size;
      prefix = getPrefix(constructor, tag, 'Map', '(' + size + ')');
      keys = ownKeys(value, ctx.showHidden, false);
      formatter = formatMap;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return prefix + '{}';
      braces = [prefix + '{', '}'];
    } else if (typedArrayRegExp.test(cls)) {
      keys = ownKeys(value, ctx.showHidden, true);
      if (ctx.showHidden) keys = withoutKeys(keys, 'length', 'byteLength', 'byteOffset', 'buffer');
      size = value.length;
      prefix = getPrefix(constructor, tag, constructor === null ? cls : '', '(' + size + ')');
      braces = [prefix + '[', ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + ']';
      formatter = formatTypedArray;
      extrasType = kArrayExtrasType;
    } else if ((cls === 'Map Iterator' || cls === 'Set Iterator') && iteratorEntries !== null &&
        (preview = iteratorEntries(value)) !== undefined) {
      keys = ownKeys(value, ctx.showHidden, false);
      braces = getIteratorBraces(cls.slice(0, 3), tag);
      formatter = formatIterator(preview, braces);
    } else {
      keys = ownKeys(value, ctx.showHidden, false);
      braces = ['{', '}'];
      if (typeof value === 'function') {
        base = getFunctionBase(value, constructor, tag);
        if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
      } else if (constructor === 'Object') {
        if (cls === 'Arguments') {
          braces[0] = '[Arguments] {';
        } else if (tag !== '') {
          braces[0] = getPrefix(constructor, tag, 'Object') + '{';
        }
        if (keys.length === 0 && protoProps === undefined) return braces[0] + '}';
      } else if (cls === 'RegExp') {
        base = regExpToString(value);
        prefix = getPrefix(constructor, tag, 'RegExp');
        if (prefix !== 'RegExp ') base = prefix + base;
        if ((keys.length === 0 && protoProps === undefined) ||
            (recurseTimes > ctx.depth && ctx.depth !== null)) {
          return ctx.stylize(base, 'regexp');
        }
      } else if (cls === 'Date') {
        var time = value.getTime();
        base = time !== time ? Date.prototype.toString.call(value) : value.toISOString();
        prefix = getPrefix(constructor, tag, 'Date');
        if (prefix !== 'Date ') base = prefix + base;
        if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
      } else if (isError(value)) {
        base = formatError(value, constructor, tag, ctx, keys);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else if (cls === 'ArrayBuffer' || cls === 'SharedArrayBuffer') {
        prefix = getPrefix(constructor, tag, cls);
        if (typedArray === undefined) {
          formatter = formatArrayBuffer;
        } else if (keys.length === 0 && protoProps === undefined) {
          return prefix + '{ byteLength: ' + formatNumber(ctx.stylize, value.byteLength, false) + ' }';
        }
        braces[0] = prefix + '{';
        keys = withoutKeys(keys, 'byteLength');
        keys.unshift('byteLength');
        syntheticKeys = 1;
      } else if (tag === 'DataView') {
        braces[0] = getPrefix(constructor, tag, 'DataView') + '{';
        keys = withoutKeys(keys, 'byteLength', 'byteOffset', 'buffer');
        keys.unshift('byteLength', 'byteOffset', 'buffer');
        syntheticKeys = 3;
      } else if (cls === 'WeakSet' || cls === 'WeakMap') {
        braces[0] = getPrefix(constructor, tag, cls) + '{';
        formatter = formatWeakCollection;
      } else if (isBoxedClass(cls, value)) {
        base = getBoxedBase(value, ctx, keys, constructor, tag, cls);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else if (constructor === null && tag === 'Module' && typeof value === 'object') {
        // A module namespace (esm.js): its exports read as values, <uninitialized> in their TDZ.
        braces[0] = getPrefix(constructor, tag, 'Module') + '{';
        if (keys.length === 0) return braces[0] + '}';
        formatter = formatNamespace(keys);
        keys = [];
      } else {
        var promise = promiseDetails !== null ? promiseDetails(value) : undefined;
        if (promise) {
          braces[0] = getPrefix(constructor, tag, 'Promise') + '{';
          formatter = function (ctx2, v, rt) {
            return formatPromise(ctx2, promise, rt);
          };
        } else {
          if (keys.length === 0 && protoProps === undefined) {
            return getCtxStyle(value, constructor, tag) + '{}';
          }
          braces[0] = getCtxStyle(value, constructor, tag) + '{';
        }
      }
    }

    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      var constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
      if (constructor !== null) constructorName = '[' + constructorName + ']';
      return ctx.stylize(constructorName, 'special');
    }
    recurseTimes += 1;

    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    var output = formatter === null ? [] : formatter(ctx, value, recurseTimes);
    for (var i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType,
        i < syntheticKeys ? { value: value[keys[i]], enumerable: true } : undefined));
    }
    if (protoProps !== undefined) {
      for (var p = 0; p < protoProps.length; p++) output.push(protoProps[p]);
    }
    if (ctx.circular !== undefined) {
      var index = ctx.circular.get(value);
      if (index !== undefined) {
        var reference = ctx.stylize('<ref *' + index + '>', 'special');
        if (ctx.compact !== true) {
          base = base === '' ? reference : reference + ' ' + base;
        } else {
          braces[0] = reference + ' ' + braces[0];
        }
      }
    }
    ctx.seen.pop();

    if (ctx.sorted) {
      var comparator = ctx.sorted === true ? undefined : ctx.sorted;
      if (extrasType === kObjectType) {
        if (comparator === undefined) output.sort(); else output.sort(comparator);
      } else if (keys.length > 1) {
        var tail = output.slice(output.length - keys.length);
        if (comparator === undefined) tail.sort(); else tail.sort(comparator);
        output = output.slice(0, output.length - keys.length).concat(tail);
      }
    }

    var res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
    var budget = ctx.budget[ctx.indentationLvl] || 0;
    var newLength = budget + res.length;
    ctx.budget[ctx.indentationLvl] = newLength;
    if (newLength > 134217728) ctx.depth = -1;
    return res;
  }

  function formatNamespace(keys) {
    return function (ctx, value, recurseTimes) {
      var output = [];
      for (var i = 0; i < keys.length; i++) {
        var v;
        try {
          v = value[keys[i]];
        } catch (err) {
          if (!(err instanceof ReferenceError)) throw err;
          output.push(formatProperty(ctx, value, recurseTimes, keys[i], kObjectType, { value: null, enumerable: true })
            .replace(/null$/, '') + ctx.stylize('<uninitialized>', 'special'));
          continue;
        }
        output.push(formatProperty(ctx, value, recurseTimes, keys[i], kObjectType, { value: v, enumerable: true }));
      }
      return output;
    };
  }

  // keys without the names given as further arguments.
  function withoutKeys(keys) {
    var out = [];
    for (var i = 0; i < keys.length; i++) {
      var drop = false;
      for (var j = 1; j < arguments.length; j++) {
        if (keys[i] === arguments[j]) drop = true;
      }
      if (!drop) out.push(keys[i]);
    }
    return out;
  }

  function isBoxedClass(cls, value) {
    if (typeof value !== 'object') return false;
    if (cls === 'Number' || cls === 'String' || cls === 'Boolean') return true;
    if (isInstanceof(value, Symbol)) {
      try {
        Symbol.prototype.valueOf.call(value);
        return true;
      } catch (e) {
        return false;
      }
    }
    return false;
  }

  function regExpToString(value) {
    var src = value.source;
    // V8 escapes a '/' that the source does not escape (new RegExp('a/b')).
    var out = '';
    var inClass = false;
    for (var i = 0; i < src.length; i++) {
      var c = src.charAt(i);
      if (c === '\\') {
        out += c + src.charAt(i + 1);
        i++;
        continue;
      }
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) c = '\\/';
      else if (c === '\n') c = '\\n';
      out += c;
    }
    if (out === '') out = '(?:)';
    var flags = (value.global ? 'g' : '') + (value.ignoreCase ? 'i' : '') +
      (value.multiline ? 'm' : '') + (value.dotAll ? 's' : '') +
      (value.unicode ? 'u' : '') + (value.sticky ? 'y' : '');
    return '/' + out + '/' + flags;
  }

  function getBoxedBase(value, ctx, keys, constructor, tag, cls) {
    var type;
    var primitive;
    if (cls === 'Number') {
      type = 'Number';
      primitive = Number.prototype.valueOf.call(value);
    } else if (cls === 'String') {
      type = 'String';
      primitive = String.prototype.valueOf.call(value);
      // Drop the index keys of the boxed string.
      var n = 0;
      while (n < keys.length && typeof keys[n] === 'string' && numberRegExp.test(keys[n]) &&
             +keys[n] < value.length) {
        n++;
      }
      keys.splice(0, n);
      if (ctx.showHidden) {
        var li = keys.indexOf('length');
        if (li !== -1) keys.splice(li, 1);
      }
    } else if (cls === 'Boolean') {
      type = 'Boolean';
      primitive = Boolean.prototype.valueOf.call(value);
    } else {
      type = 'Symbol';
      primitive = Symbol.prototype.valueOf.call(value);
    }
    var base = '[' + type;
    if (type !== constructor) {
      if (constructor === null) {
        base += ' (null prototype)';
      } else {
        base += ' (' + constructor + ')';
      }
    }
    base += ': ' + formatPrimitive(stylizeNoColor, primitive, ctx) + ']';
    if (tag !== '' && tag !== constructor) base += ' [' + tag + ']';
    if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
    return ctx.stylize(base, type.toLowerCase());
  }

  function getClassBase(value, constructor, tag) {
    var hasName = hasOwn.call(value, 'name');
    var name = (hasName && value.name) || '(anonymous)';
    var base = 'class ' + (name === '$default$' ? 'default' : name);
    if (constructor !== 'Function' && constructor !== null) base += ' [' + constructor + ']';
    if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
    if (constructor !== null) {
      var superName = getProto(value).name;
      if (superName) base += ' extends ' + superName;
    } else {
      base += ' extends [null prototype]';
    }
    return '[' + base + ']';
  }

  // An async function or a generator that was lowered is a plain function whose body ends by
  // handing a state machine to Closure's driver: V8 calls it what it was written as.
  var LOWERED_KIND = /^function\s*[\w$]*\s*\([^)]*\)\s*\{(?:(?!\bfunction\b)[\s\S])*?\breturn\s*(?:new\s+)?\$jscomp\.(asyncExecutePromiseGeneratorProgram|generator\.createGenerator|AsyncGeneratorWrapper)\(/;
  var LOWERED_KINDS = {
    asyncExecutePromiseGeneratorProgram: 'AsyncFunction',
    'generator.createGenerator': 'GeneratorFunction',
    AsyncGeneratorWrapper: 'AsyncGeneratorFunction'
  };

  function functionKind(fn) {
    var src;
    try {
      src = fnToString.call(fn);
    } catch (e) {
      return 'Function';
    }
    var m = src.indexOf('$jscomp.') < 0 ? null : LOWERED_KIND.exec(src);
    return m ? LOWERED_KINDS[m[1]] : 'Function';
  }

  function getFunctionBase(value, constructor, tag) {
    if (isClassFunction(value)) return getClassBase(value, constructor, tag);
    var type = functionKind(value);
    if (type !== 'Function' && constructor === 'Function') constructor = type;
    var base = '[' + type;
    if (constructor === null) base += ' (null prototype)';
    // An ES module's anonymous default export: V8 names it 'default' (esm.js marks or names it).
    var name = hasOwn.call(value, '__looplabName') ? value.__looplabName
      : value.name === '$default$' ? 'default' : value.name;
    if (name === '' || name === undefined || name === null) {
      base += ' (anonymous)';
    } else {
      base += ': ' + name;
    }
    base += ']';
    if (constructor !== type && constructor !== null) base += ' ' + constructor;
    if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
    return base;
  }

  // ---------------------------------------------------------- errors

  function getStackString(error) {
    if (!error.stack) return Error.prototype.toString.call(error);
    // Nashorn's own frames read "\tat f (file:1)": indent them as V8 does.
    return String(error.stack).replace(/\n\tat /g, '\n    at ');
  }

  function identicalSequenceRange(a, b) {
    for (var i = 0; i < a.length - 3; i++) {
      var pos = b.indexOf(a[i]);
      if (pos !== -1) {
        var rest = b.length - pos;
        if (rest > 3) {
          var len = 1;
          var maxLen = Math.min(a.length - i, rest);
          while (maxLen > len && a[i + len] === b[pos + len]) len++;
          if (len > 3) return { len: len, offset: i };
        }
      }
    }
    return { len: 0, offset: 0 };
  }

  function getStackFrames(ctx, err, stack) {
    var frames = stack.split('\n');
    var cause;
    try {
      cause = err.cause;
    } catch (e) {
      // ignore a throwing getter
    }
    if (cause != null && isError(cause)) {
      var causeStack = getStackString(cause);
      var causeStackStart = causeStack.indexOf('\n    at');
      if (causeStackStart !== -1) {
        var causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
        var r = identicalSequenceRange(frames, causeFrames);
        if (r.len > 0) {
          var skipped = r.len - 2;
          var msg = '    ... ' + skipped + ' lines matching cause stack trace ...';
          frames.splice(r.offset + 1, skipped, ctx.stylize(msg, 'undefined'));
        }
      }
    }
    return frames;
  }

  function improveStack(stack, constructor, name, tag) {
    var len = name.length;
    if (constructor === null ||
        (name.slice(-5) === 'Error' &&
         stack.slice(0, len) === name &&
         (stack.length === len || stack.charAt(len) === ':' || stack.charAt(len) === '\n'))) {
      var fallback = 'Error';
      if (constructor === null) {
        var start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
          /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
        fallback = (start && start[1]) || '';
        len = fallback.length;
        fallback = fallback || 'Error';
      }
      var prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
      if (name !== prefix) {
        if (prefix.indexOf(name) !== -1) {
          if (len === 0) {
            stack = prefix + ': ' + stack;
          } else {
            stack = prefix + stack.slice(len);
          }
        } else {
          stack = prefix + ' [' + name + ']' + stack.slice(len);
        }
      }
    }
    return stack;
  }

  function removeDuplicateErrorKeys(ctx, keys, err, stack) {
    if (!ctx.showHidden && keys.length !== 0) {
      var names = ['name', 'message', 'stack'];
      for (var i = 0; i < names.length; i++) {
        var index = keys.indexOf(names[i]);
        if (index !== -1 && stack.indexOf(safeString(err[names[i]])) !== -1) {
          keys.splice(index, 1);
        }
      }
    }
  }

  // Underline the package names in node_modules paths of a stack line.
  function markNodeModules(ctx, line) {
    var tempLine = '';
    var lastPos = 0;
    var searchFrom = 0;
    for (;;) {
      var pos = line.indexOf('node_modules', searchFrom);
      if (pos === -1) break;
      var separator = line.charAt(pos - 1);
      var after = line.charAt(pos + 12);
      if ((after !== '/' && after !== '\\') || (separator !== '/' && separator !== '\\')) {
        searchFrom = pos + 1;
        continue;
      }
      var moduleStart = pos + 13;
      tempLine += line.slice(lastPos, moduleStart);
      var moduleEnd = line.indexOf(separator, moduleStart);
      if (line.charAt(moduleStart) === '@') moduleEnd = line.indexOf(separator, moduleEnd + 1);
      tempLine += ctx.stylize(line.slice(moduleStart, moduleEnd), 'module');
      lastPos = moduleEnd;
      searchFrom = moduleEnd;
    }
    return lastPos !== 0 ? tempLine + line.slice(lastPos) : line;
  }

  function formatError(err, constructor, tag, ctx, keys) {
    var name = err.name != null ? safeString(err.name) : 'Error';
    var stack = getStackString(err);
    removeDuplicateErrorKeys(ctx, keys, err, stack);
    if ('cause' in err && (keys.length === 0 || keys.indexOf('cause') === -1)) {
      keys.push('cause');
    }
    if (isArray(err.errors) && (keys.length === 0 || keys.indexOf('errors') === -1)) {
      keys.push('errors');
    }
    stack = improveStack(stack, constructor, name, tag);

    var message = err.message;
    var pos = (message && stack.indexOf(message)) || -1;
    if (pos !== -1) pos += message.length;
    var stackStart = stack.indexOf('\n    at', pos);
    if (stackStart === -1) {
      stack = '[' + stack + ']';
    } else {
      var newStack = stack.slice(0, stackStart);
      var lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
      if (ctx.colors) {
        for (var i = 0; i < lines.length; i++) {
          var core = coreModuleRegExp.exec(lines[i]);
          newStack += '\n' + (core !== null ? ctx.stylize(lines[i], 'undefined') :
            markNodeModules(ctx, lines[i]));
        }
      } else {
        newStack += '\n' + lines.join('\n');
      }
      stack = newStack;
    }
    if (ctx.indentationLvl !== 0) {
      stack = stack.split('\n').join('\n' + repeat(' ', ctx.indentationLvl));
    }
    return stack;
  }

  // ---------------------------------------------------------- collections

  function remainingText(remaining) {
    return '... ' + remaining + ' more item' + (remaining > 1 ? 's' : '');
  }

  function formatArray(ctx, value, recurseTimes) {
    var valLen = value.length;
    var len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
    var remaining = valLen - len;
    var output = [];
    for (var i = 0; i < len; i++) {
      if (!hasOwn.call(value, i)) {
        return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
      }
      output.push(formatProperty(ctx, value, recurseTimes, '' + i, kArrayType));
    }
    if (remaining > 0) output.push(remainingText(remaining));
    return output;
  }

  // The array is sparse and/or has extra keys.
  function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
    var keys = Object.keys(value);
    var index = i;
    for (; i < keys.length && output.length < maxLength; i++) {
      var key = keys[i];
      var tmp = +key;
      if (tmp > 4294967294) break;
      if (String(index) !== key) {
        if (!numberRegExp.test(key)) break;
        var emptyItems = tmp - index;
        var message = '<' + emptyItems + ' empty item' + (emptyItems > 1 ? 's' : '') + '>';
        output.push(ctx.stylize(message, 'undefined'));
        index = tmp;
        if (output.length === maxLength) break;
      }
      output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
      index++;
    }
    var remaining = value.length - index;
    if (output.length !== maxLength) {
      if (remaining > 0) {
        output.push(ctx.stylize('<' + remaining + ' empty item' + (remaining > 1 ? 's' : '') + '>',
          'undefined'));
      }
    } else if (remaining > 0) {
      output.push(remainingText(remaining));
    }
    return output;
  }

  function formatTypedArray(ctx, value, recurseTimes) {
    var length = value.length;
    var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    var remaining = length - maxLength;
    var output = [];
    for (var i = 0; i < maxLength; ++i) {
      output.push(formatNumber(ctx.stylize, value[i], ctx.numericSeparator));
    }
    if (remaining > 0) output.push(remainingText(remaining));
    if (ctx.showHidden) {
      ctx.indentationLvl += 2;
      var extra = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
      for (var k = 0; k < extra.length; k++) {
        var v = extra[k] === 'BYTES_PER_ELEMENT' ? value.byteLength / (value.length || 1) :
          value[extra[k]];
        if (extra[k] === 'BYTES_PER_ELEMENT' && value.length === 0) {
          v = value.constructor && value.constructor.BYTES_PER_ELEMENT;
        }
        output.push('[' + extra[k] + ']: ' + formatValue(ctx, v, recurseTimes, true));
      }
      ctx.indentationLvl -= 2;
    }
    return output;
  }

  function formatArrayBuffer(ctx, value) {
    var buffer;
    try {
      buffer = new Uint8Array(value);
    } catch (e) {
      return [ctx.stylize('(detached)', 'special')];
    }
    var n = Math.min(ctx.maxArrayLength, buffer.length);
    var parts = [];
    for (var i = 0; i < n; i++) {
      var h = buffer[i].toString(16);
      parts.push(h.length < 2 ? '0' + h : h);
    }
    var str = parts.join(' ');
    var remaining = buffer.length - ctx.maxArrayLength;
    if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
    return [ctx.stylize('[Uint8Contents]', 'special') + ': <' + str + '>'];
  }

  function formatSet(ctx, value, recurseTimes) {
    var length = value.size;
    var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    var remaining = length - maxLength;
    var output = [];
    ctx.indentationLvl += 2;
    var i = 0;
    value.forEach(function (v) {
      if (i >= maxLength) return;
      output.push(formatValue(ctx, v, recurseTimes));
      i++;
    });
    if (remaining > 0) output.push(remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(ctx, value, recurseTimes) {
    var length = value.size;
    var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    var remaining = length - maxLength;
    var output = [];
    ctx.indentationLvl += 2;
    var i = 0;
    value.forEach(function (v, k) {
      if (i >= maxLength) return;
      output.push(formatValue(ctx, k, recurseTimes) + ' => ' + formatValue(ctx, v, recurseTimes));
      i++;
    });
    if (remaining > 0) output.push(remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  function getIteratorBraces(type, tag) {
    if (tag !== type + ' Iterator') {
      if (tag !== '') tag += '] [';
      tag += type + ' Iterator';
    }
    return ['[' + tag + '] {', '}'];
  }

  // A Map or Set iterator shows what it has yet to give; an entries iterator says so.
  function formatIterator(preview, braces) {
    return function (ctx, value, recurseTimes) {
      var entries = Array.prototype.slice.call(preview, 1);
      if (preview[0]) {
        braces[0] = braces[0].replace(/ Iterator\] \{$/, ' Entries] {');
        return formatMapIterInner(ctx, recurseTimes, entries);
      }
      return formatSetIterInner(ctx, recurseTimes, entries);
    };
  }

  function formatSetIterInner(ctx, recurseTimes, entries) {
    var maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
    var output = [];
    ctx.indentationLvl += 2;
    for (var i = 0; i < maxLength; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
    ctx.indentationLvl -= 2;
    var remaining = entries.length - maxLength;
    if (remaining > 0) output.push(remainingText(remaining));
    return output;
  }

  function formatMapIterInner(ctx, recurseTimes, entries) {
    var len = entries.length / 2;
    var maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), len);
    var remaining = len - maxLength;
    var output = [];
    ctx.indentationLvl += 2;
    for (var i = 0; i < maxLength; i++) {
      var pair = [formatValue(ctx, entries[i * 2], recurseTimes),
        formatValue(ctx, entries[i * 2 + 1], recurseTimes)];
      output.push(reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes));
    }
    ctx.indentationLvl -= 2;
    if (remaining > 0) output.push(remainingText(remaining));
    return output;
  }

  function formatWeakCollection(ctx) {
    return [ctx.stylize('<items unknown>', 'special')];
  }

  function formatPromise(ctx, details, recurseTimes) {
    if (details.state === 'pending') return [ctx.stylize('<pending>', 'special')];
    ctx.indentationLvl += 2;
    var str = formatValue(ctx, details.result, recurseTimes);
    ctx.indentationLvl -= 2;
    return [details.state === 'rejected' ? ctx.stylize('<rejected>', 'special') + ' ' + str : str];
  }

  function formatProperty(ctx, value, recurseTimes, key, type, desc, original) {
    if (original === undefined) original = value;
    var name;
    var str;
    var extra = ' ';
    if (key === FN_ARGUMENTS || key === FN_CALLER) {
      key = key.key;
      desc = { value: null, enumerable: false };
    }
    if (!desc) {
      desc = typeof key === 'symbol' ? undefined : getOwnDesc(value, key);
      if (!desc) desc = { value: value[key], enumerable: true };
    }
    if (desc.value !== undefined) {
      var diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
      ctx.indentationLvl += diff;
      str = formatValue(ctx, desc.value, recurseTimes);
      if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
        extra = '\n' + repeat(' ', ctx.indentationLvl);
      }
      ctx.indentationLvl -= diff;
    } else if (desc.get !== undefined) {
      var label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
      var s = ctx.stylize;
      var sp = 'special';
      if (ctx.getters && (ctx.getters === true ||
            (ctx.getters === 'get' && desc.set === undefined) ||
            (ctx.getters === 'set' && desc.set !== undefined))) {
        try {
          var tmp = desc.get.call(original);
          ctx.indentationLvl += 2;
          if (tmp === null) {
            str = s('[' + label + ':', sp) + ' ' + s('null', 'null') + s(']', sp);
          } else if (typeof tmp === 'object') {
            str = s('[' + label + ']', sp) + ' ' + formatValue(ctx, tmp, recurseTimes);
          } else {
            str = s('[' + label + ':', sp) + ' ' + formatPrimitive(s, tmp, ctx) + s(']', sp);
          }
          ctx.indentationLvl -= 2;
        } catch (err) {
          str = s('[' + label + ':', sp) + ' <Inspection threw (' + err.message + ')>' + s(']', sp);
        }
      } else {
        str = ctx.stylize('[' + label + ']', sp);
      }
    } else if (desc.set !== undefined) {
      str = ctx.stylize('[Setter]', 'special');
    } else {
      str = ctx.stylize('undefined', 'undefined');
    }
    if (type === kArrayType) return str;
    if (typeof key === 'symbol') {
      name = '[' + ctx.stylize(escapeKey(symbolToString(key)), 'symbol') + ']';
    } else if (key === '__proto__') {
      name = "['__proto__']";
    } else if (desc.enumerable === false) {
      name = '[' + escapeKey(String(key)) + ']';
    } else if (keyStrRegExp.test(key)) {
      name = ctx.stylize(String(key), 'name');
    } else {
      name = ctx.stylize(strEscape(String(key)), 'string');
    }
    return name + ':' + extra + str;
  }

  // ---------------------------------------------------------- layout

  function groupArrayElements(ctx, output, value) {
    var totalLength = 0;
    var maxLength = 0;
    var i = 0;
    var outputLength = output.length;
    if (ctx.maxArrayLength < output.length) outputLength--;
    var separatorSpace = 2;
    var dataLen = new Array(outputLength);
    for (; i < outputLength; i++) {
      var len = getStringWidth(output[i], ctx.colors);
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    var actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6)) {
      var approxCharHeights = 2.5;
      var averageBias = Math.sqrt(actualMax - totalLength / output.length);
      var biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      var columns = Math.min(
        Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15);
      if (columns <= 1) return output;
      var tmp = [];
      var maxLineLength = [];
      for (var c = 0; c < columns; c++) {
        var lineMaxLength = 0;
        for (var j = c; j < output.length; j += columns) {
          if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
        }
        maxLineLength.push(lineMaxLength + separatorSpace);
      }
      var order = padStart;
      if (value !== undefined) {
        for (var n = 0; n < output.length; n++) {
          if (typeof value[n] !== 'number' && typeof value[n] !== 'bigint') {
            order = padEnd;
            break;
          }
        }
      }
      for (var r = 0; r < outputLength; r += columns) {
        var max = Math.min(r + columns, outputLength);
        var str = '';
        var k = r;
        for (; k < max - 1; k++) {
          var padding = maxLineLength[k - r] + output[k].length - dataLen[k];
          str += order(output[k] + ', ', padding);
        }
        if (order === padStart) {
          var lastPadding = maxLineLength[k - r] + output[k].length - dataLen[k] - separatorSpace;
          str += padStart(output[k], lastPadding);
        } else {
          str += output[k];
        }
        tmp.push(str);
      }
      if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
      output = tmp;
    }
    return output;
  }

  function isBelowBreakLength(ctx, output, start, base) {
    var totalLength = output.length + start;
    if (totalLength + output.length > ctx.breakLength) return false;
    for (var i = 0; i < output.length; i++) {
      totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
      if (totalLength > ctx.breakLength) return false;
    }
    return base === '' || base.indexOf('\n') === -1;
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
        var entries = output.length;
        if (extrasType === kArrayExtrasType && entries > 6) {
          output = groupArrayElements(ctx, output, value);
        }
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          var start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            var joinedOutput = output.join(', ');
            if (joinedOutput.indexOf('\n') === -1) {
              return (base ? base + ' ' : '') + braces[0] + ' ' + joinedOutput + ' ' + braces[1];
            }
          }
        }
      }
      var indentation = '\n' + repeat(' ', ctx.indentationLvl);
      return (base ? base + ' ' : '') + braces[0] + indentation + '  ' +
        output.join(',' + indentation + '  ') + indentation + braces[1];
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
    }
    var ind = repeat(' ', ctx.indentationLvl);
    var ln = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + '\n' + ind + '  ';
    return braces[0] + ln + output.join(',\n' + ind + '  ') + ' ' + braces[1];
  }

  // ---------------------------------------------------------- format()

  function returnFalse() {
    return false;
  }

  function hasOwnFn(obj, key) {
    return hasOwn.call(obj, key);
  }

  function hasBuiltInToString(value) {
    var hasOwnToString = hasOwnFn;
    var hasOwnToPrimitive = hasOwnFn;
    var toPrim = toPrimitiveSymbol === undefined ? undefined : value[toPrimitiveSymbol];
    if (typeof value.toString !== 'function') {
      if (typeof toPrim !== 'function') {
        return true;
      } else if (hasOwn.call(value, toPrimitiveSymbol)) {
        return false;
      }
      hasOwnToString = returnFalse;
    } else if (hasOwn.call(value, 'toString')) {
      return false;
    } else if (typeof toPrim !== 'function') {
      hasOwnToPrimitive = returnFalse;
    } else if (hasOwn.call(value, toPrimitiveSymbol)) {
      return false;
    }
    var pointer = value;
    do {
      pointer = getProto(pointer);
    } while (pointer !== null && !hasOwnToString(pointer, 'toString') &&
             !hasOwnToPrimitive(pointer, toPrimitiveSymbol));
    if (pointer === null) return true;
    var descriptor = getOwnDesc(pointer, 'constructor');
    return descriptor !== undefined &&
      typeof descriptor.value === 'function' &&
      builtInObjects[descriptor.value.name] === 1;
  }

  var circularErrorMessage;

  function firstErrorLine(error) {
    return String(error.message).split('\n')[0];
  }

  function tryStringify(arg) {
    try {
      return JSON.stringify(arg);
    } catch (err) {
      if (!circularErrorMessage) {
        try {
          var a = {};
          a.a = a;
          JSON.stringify(a);
        } catch (circularError) {
          circularErrorMessage = firstErrorLine(circularError);
        }
      }
      if (err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
        return '[Circular]';
      }
      throw err;
    }
  }

  function describeReceived(value) {
    if (value == null) return String(value);
    if (typeof value === 'function') return 'function ' + value.name;
    if (typeof value === 'object') {
      if (value.constructor && value.constructor.name) {
        return 'an instance of ' + value.constructor.name;
      }
      return inspect(value, { depth: -1 });
    }
    var shown = inspect(value, { colors: false });
    if (shown.length > 28) shown = shown.slice(0, 25) + '...';
    return 'type ' + typeof value + ' (' + shown + ')';
  }

  function format() {
    return formatWithOptionsInternal(undefined, arguments, 0);
  }

  function formatWithOptions(inspectOptions) {
    if (inspectOptions === null || (typeof inspectOptions !== 'object')) {
      var err = new TypeError('The "inspectOptions" argument must be of type object.' +
        ' Received ' + describeReceived(inspectOptions));
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    return formatWithOptionsInternal(inspectOptions, arguments, 1);
  }

  function withOptions(inspectOptions, overrides) {
    return extend(extend({}, inspectOptions), overrides);
  }

  // args: an array-like; the format string is args[offset].
  function formatWithOptionsInternal(inspectOptions, args, offset) {
    var argc = args.length - offset;
    var first = args[offset];
    var a = 0;
    var str = '';
    var joiner = '';
    var numericSeparator = inspectOptions && inspectOptions.numericSeparator != null ?
      inspectOptions.numericSeparator : inspectDefaultOptions.numericSeparator;

    if (typeof first === 'string') {
      if (argc === 1) return first;
      var tempStr;
      var lastPos = 0;
      for (var i = 0; i < first.length - 1; i++) {
        if (first.charCodeAt(i) === 37) { // '%'
          var nextChar = first.charCodeAt(++i);
          if (a + 1 !== argc) {
            var arg;
            switch (nextChar) {
              case 115: // 's'
                arg = args[offset + (++a)];
                if (typeof arg === 'number') {
                  tempStr = formatNumber(stylizeNoColor, arg, numericSeparator);
                } else if (typeof arg === 'bigint') {
                  tempStr = String(arg) + 'n';
                } else if (typeof arg !== 'object' || arg === null || isJavaObject(arg) ||
                           !hasBuiltInToString(arg)) {
                  tempStr = safeString(arg);
                } else {
                  tempStr = inspect(arg, withOptions(inspectOptions,
                    { compact: 3, colors: false, depth: 0 }));
                }
                break;
              case 106: // 'j'
                tempStr = String(tryStringify(args[offset + (++a)]));
                break;
              case 100: // 'd'
                arg = args[offset + (++a)];
                if (typeof arg === 'symbol') {
                  tempStr = 'NaN';
                } else {
                  tempStr = formatNumber(stylizeNoColor, Number(arg), numericSeparator);
                }
                break;
              case 79: // 'O'
                tempStr = inspect(args[offset + (++a)], inspectOptions);
                break;
              case 111: // 'o'
                tempStr = inspect(args[offset + (++a)], withOptions(inspectOptions,
                  { showHidden: true, showProxy: true, depth: 4 }));
                break;
              case 105: // 'i'
                arg = args[offset + (++a)];
                if (typeof arg === 'symbol') {
                  tempStr = 'NaN';
                } else {
                  tempStr = formatNumber(stylizeNoColor, parseInt(arg), numericSeparator);
                }
                break;
              case 102: // 'f'
                arg = args[offset + (++a)];
                if (typeof arg === 'symbol') {
                  tempStr = 'NaN';
                } else {
                  tempStr = formatNumber(stylizeNoColor, parseFloat(arg), numericSeparator);
                }
                break;
              case 99: // 'c'
                a += 1;
                tempStr = '';
                break;
              case 37: // '%'
                str += first.slice(lastPos, i);
                lastPos = i + 1;
                continue;
              default:
                continue;
            }
            if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
            str += tempStr;
            lastPos = i + 1;
          } else if (nextChar === 37) {
            str += first.slice(lastPos, i);
            lastPos = i + 1;
          }
        }
      }
      if (lastPos !== 0) {
        a++;
        joiner = ' ';
        if (lastPos < first.length) str += first.slice(lastPos);
      }
    }

    while (a < argc) {
      var value = args[offset + a];
      str += joiner;
      str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
      joiner = ' ';
      a++;
    }
    return str;
  }

  return {
    inspect: inspect,
    format: format,
    formatWithOptions: formatWithOptions,
    stripVTControlCharacters: stripVTControlCharacters,
    getStringWidth: getStringWidth,
    // Lets the runtime describe its Promise objects (see promiseDetails).
    setPromiseDetails: function (fn) {
      promiseDetails = typeof fn === 'function' ? fn : null;
    },
    // Lets the runtime preview Map and Set iterators (see iteratorEntries).
    setIteratorEntries: function (fn) {
      iteratorEntries = typeof fn === 'function' ? fn : null;
    }
  };
})
