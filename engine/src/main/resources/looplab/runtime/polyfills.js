/*
 * looplab: the ES2015-ES2023 library Nashorn 15.7 lacks, in the smallest form that behaves as
 * V8 does for ordinary arguments (names and lengths included: `[].includes.name`). Installed
 * once per runtime before user code runs; every method is non-enumerable, like a built-in.
 * What cannot honestly be provided (BigInt, Proxy, WeakRef, FinalizationRegistry) is a global
 * that says so when used.
 */
(function (global) {
  'use strict';
  function define(obj, name, value) {
    if (!Object.prototype.hasOwnProperty.call(obj, name)) {
      if (typeof value === 'function' && obj !== global) notConstructor(value);
      Object.defineProperty(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
    }
  }
  // A built-in method is no constructor (IsConstructor is false). Nashorn makes every script
  // function one, with a 'prototype' it cannot delete; the mark looplab can give is that
  // 'prototype' made undefined and read-only, which Reflect.construct (below) honours.
  // Promise's methods are marked the same way (promise.js).
  function notConstructor(fn) {
    try {
      Object.defineProperty(fn, 'prototype', { value: undefined, writable: false });
    } catch (e) {
      // (a function whose prototype cannot be redefined stays as it is)
    }
  }
  function isConstructor(fn) {
    if (typeof fn !== 'function') return false;
    var d = Object.getOwnPropertyDescriptor(fn, 'prototype');
    return !(d !== undefined && d.value === undefined && d.writable === false && d.configurable === false);
  }
  // For a built-in Nashorn has but gets wrong: replaced whatever is there, as a built-in.
  function redefine(obj, name, fn) {
    Object.defineProperty(obj, name, { value: fn, writable: true, configurable: true, enumerable: false });
    notConstructor(fn);
  }
  function constant(obj, name, value) {
    if (!Object.prototype.hasOwnProperty.call(obj, name)) {
      Object.defineProperty(obj, name, { value: value, writable: false, configurable: false, enumerable: false });
    }
  }
  function toObject(x, what) {
    if (x === undefined || x === null) {
      throw new TypeError(what + ' called on null or undefined');
    }
    return Object(x);
  }
  function toLength(x) {
    var n = toInteger(x);
    return n <= 0 ? 0 : Math.min(n, 9007199254740991);
  }
  function toInteger(x) {
    var n = Number(x);
    if (n !== n) return 0;
    if (n === 0 || n === Infinity || n === -Infinity) return n;
    return n < 0 ? -Math.floor(-n) : Math.floor(n);
  }
  function relative(x, len) {           // a relative index, clamped to [0, len]
    var n = toInteger(x);
    return n < 0 ? Math.max(len + n, 0) : Math.min(n, len);
  }
  function callable(f, what) {
    if (typeof f !== 'function') throw new TypeError(String(f) + ' is not a function');
    return f;
  }
  function sameValueZero(a, b) {
    return a === b || (a !== a && b !== b);
  }
  function thisString(x, what) {
    if (x === undefined || x === null) {
      throw new TypeError('String.prototype.' + what + ' called on null or undefined');
    }
    return String(x);
  }
  var ITERATOR = Symbol.iterator;
  var hasOwn = Object.prototype.hasOwnProperty;
  var isEnumerable = Object.prototype.propertyIsEnumerable;

  // ---------------------------------------------------------------- Symbol
  if (Symbol.asyncIterator === undefined) {
    constant(Symbol, 'asyncIterator', Symbol('Symbol.asyncIterator'));
  }
  // Symbol.species (made here or by promise.js, whichever runs first) and the getters V8's
  // built-in classes have; Nashorn's own methods (Array.prototype.map, ...) do not consult them.
  // (Not the typed arrays: naming them makes Nashorn set up ten constructors in the global.)
  if (Symbol.species === undefined) {
    constant(Symbol, 'species', Symbol('Symbol.species'));
  }
  var speciesGetter = function () { 'use strict'; return this; };
  Object.defineProperty(speciesGetter, 'name', { value: 'get [Symbol.species]' });
  [Array, Map, Set, RegExp, ArrayBuffer].forEach(function (C) {
    if (!hasOwn.call(C, Symbol.species)) {
      Object.defineProperty(C, Symbol.species, { get: speciesGetter, configurable: true, enumerable: false });
    }
  });
  // Symbol.toStringTag: Object.prototype.toString reads it ([object Tag]), and so does inspect.
  if (Symbol.toStringTag === undefined) {
    constant(Symbol, 'toStringTag', Symbol('Symbol.toStringTag'));
    var TO_STRING_TAG = Symbol.toStringTag;
    var nativeObjectToString = Object.prototype.toString;
    Object.defineProperty(Object.prototype, 'toString', {
      value: function toString() {
        if (this !== null && this !== undefined && (typeof this === 'object' || typeof this === 'function')) {
          var tag = this[TO_STRING_TAG];
          if (typeof tag === 'string') {
            return '[object ' + tag + ']';
          }
        }
        var own = nativeObjectToString.call(this);
        // An instance of `class X extends Error` is an ordinary object in Nashorn; V8 made it
        // through Error's constructor, which gives it the Error class ([object Error]).
        if (own === '[object Object]' && this instanceof Error) return '[object Error]';
        return own;
      },
      writable: true, configurable: true, enumerable: false
    });
  }
  // String(sym) is 'Symbol(desc)' (only implicit conversion throws); Nashorn's String throws
  // for both. The global String becomes a function that converts a symbol itself and leaves
  // everything else to Nashorn's, sharing its prototype and statics (new String still boxes).
  var symbolConverts = true;
  try {
    global.String(Symbol());
  } catch (e) {
    symbolConverts = false;
  }
  if (!symbolConverts) {
    var NativeString = global.String;
    var nativeSymbolToString = Symbol.prototype.toString;
    var StringFn = function String(value) {
      if (this instanceof StringFn) {   // new String(...)
        return arguments.length === 0 ? new NativeString() : new NativeString(value);
      }
      if (arguments.length === 0) return '';
      return typeof value === 'symbol' ? nativeSymbolToString.call(value) : NativeString(value);
    };
    var statics = Object.getOwnPropertyNames(NativeString);
    for (var si = 0; si < statics.length; si++) {
      var sk = statics[si];
      if (sk !== 'length' && sk !== 'name' && sk !== 'prototype' && sk !== 'arguments' && sk !== 'caller') {
        Object.defineProperty(StringFn, sk, Object.getOwnPropertyDescriptor(NativeString, sk));
      }
    }
    StringFn.prototype = NativeString.prototype;
    Object.defineProperty(NativeString.prototype, 'constructor', { value: StringFn, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(global, 'String', { value: StringFn, writable: true, configurable: true, enumerable: false });
  }

  // ---------------------------------------------------------------- Object
  function ownKeys(o) {
    return Object.getOwnPropertyNames(o).concat(Object.getOwnPropertySymbols(o));
  }
  define(Object, 'assign', function assign(target, source) {
    var to = toObject(target, 'Object.assign');
    for (var i = 1; i < arguments.length; i++) {
      var from = arguments[i];
      if (from === undefined || from === null) continue;
      if (typeof from === 'string') {
        for (var c = 0; c < from.length; c++) to[c] = from.charAt(c);
        continue;
      }
      from = Object(from);
      var keys = ownKeys(from);
      for (var k = 0; k < keys.length; k++) {
        if (isEnumerable.call(from, keys[k])) to[keys[k]] = from[keys[k]];
      }
    }
    return to;
  });
  define(Object, 'is', function is(a, b) {
    return a === b ? a !== 0 || 1 / a === 1 / b : a !== a && b !== b;
  });
  define(Object, 'entries', function entries(o) {
    var obj = toObject(o, 'Object.entries');
    var keys = Object.keys(obj);
    var out = [];
    for (var i = 0; i < keys.length; i++) {
      if (isEnumerable.call(obj, keys[i])) out.push([keys[i], obj[keys[i]]]);
    }
    return out;
  });
  define(Object, 'values', function values(o) {
    var obj = toObject(o, 'Object.values');
    var keys = Object.keys(obj);
    var out = [];
    for (var i = 0; i < keys.length; i++) {
      if (isEnumerable.call(obj, keys[i])) out.push(obj[keys[i]]);
    }
    return out;
  });
  define(Object, 'fromEntries', function fromEntries(iterable) {
    var out = {};
    iterate(iterable, function (entry) {
      if (entry === null || (typeof entry !== 'object' && typeof entry !== 'function')) {
        throw new TypeError('Iterator value ' + String(entry) + ' is not an entry object');
      }
      out[entry[0]] = entry[1];
    });
    return out;
  });
  // Nashorn's descriptor lists configurable, enumerable, writable, value; V8's (and so what
  // console.log shows) value, writable, enumerable, configurable, or get, set, enumerable,
  // configurable.
  var nativeDescriptor = Object.getOwnPropertyDescriptor;
  redefine(Object, 'getOwnPropertyDescriptor', function getOwnPropertyDescriptor(o, key) {
    var d = nativeDescriptor(o, key);
    if (d === undefined) return d;
    var out = {};
    if ('value' in d || 'writable' in d) {
      out.value = d.value;
      out.writable = d.writable;
    } else {
      out.get = d.get;
      out.set = d.set;
    }
    out.enumerable = d.enumerable;
    out.configurable = d.configurable;
    return out;
  });
  define(Object, 'getOwnPropertyDescriptors', function getOwnPropertyDescriptors(o) {
    var obj = toObject(o, 'Object.getOwnPropertyDescriptors');
    var out = {};
    var keys = ownKeys(obj);
    for (var i = 0; i < keys.length; i++) {
      var d = Object.getOwnPropertyDescriptor(obj, keys[i]);
      if (d !== undefined) out[keys[i]] = d;
    }
    return out;
  });
  // The function's own name would shadow the outer hasOwn (it called itself and threw for every
  // object), so it goes through the prototype method; V8's message for null/undefined.
  define(Object, 'hasOwn', function hasOwn(o, key) {
    if (o === undefined || o === null) throw new TypeError('Cannot convert undefined or null to object');
    return Object.prototype.hasOwnProperty.call(Object(o), key);
  });

  // ---------------------------------------------------------------- iteration helper
  function iterate(iterable, each) {
    var method = iterable === undefined || iterable === null ? undefined : iterable[ITERATOR];
    if (typeof method !== 'function') {
      // (V8's words for a value it has no code for, as in Object.fromEntries(5))
      var typed = iterable === undefined ? 'undefined' : iterable === null ? 'object null'
        : typeof iterable === 'number' || typeof iterable === 'boolean' ? typeof iterable + ' ' + String(iterable)
        : typeof iterable === 'symbol' ? 'symbol' : typeof iterable;
      throw new TypeError(typed + ' is not iterable (cannot read property Symbol(Symbol.iterator))');
    }
    var it = method.call(iterable);
    for (;;) {
      var step = it.next();
      if (step.done) return;
      try {
        each(step.value);
      } catch (e) {
        try {
          if (typeof it['return'] === 'function') it['return']();
        } catch (ignored) {
          // the first error wins
        }
        throw e;
      }
    }
  }

  // ---------------------------------------------------------------- Array
  define(Array, 'from', function from(items) {
    var mapFn = arguments.length > 1 ? arguments[1] : undefined;
    var thisArg = arguments.length > 2 ? arguments[2] : undefined;
    if (mapFn !== undefined) callable(mapFn);
    var C = typeof this === 'function' ? this : Array;
    var out;
    var k = 0;
    if (items !== undefined && items !== null && items[ITERATOR] !== undefined) {
      out = C === Array ? [] : new C();
      iterate(items, function (v) {
        out[k] = mapFn === undefined ? v : mapFn.call(thisArg, v, k);
        k++;
      });
      out.length = k;
      return out;
    }
    var src = toObject(items, 'Array.from');
    var len = toLength(src.length);
    out = C === Array ? new Array(len) : new C(len);
    for (; k < len; k++) out[k] = mapFn === undefined ? src[k] : mapFn.call(thisArg, src[k], k);
    out.length = len;
    return out;
  });
  define(Array, 'of', function of() {
    var C = typeof this === 'function' ? this : Array;
    var out = C === Array ? new Array(arguments.length) : new C(arguments.length);
    for (var i = 0; i < arguments.length; i++) out[i] = arguments[i];
    out.length = arguments.length;
    return out;
  });
  var AP = Array.prototype;
  define(AP, 'includes', function includes(search) {
    var o = toObject(this, 'Array.prototype.includes');
    var len = toLength(o.length);
    for (var i = relative(arguments.length > 1 ? arguments[1] : 0, len); i < len; i++) {
      if (sameValueZero(o[i], search)) return true;
    }
    return false;
  });
  function finder(name, fromEnd, wantIndex) {
    var fn = function (predicate) {
      var o = toObject(this, 'Array.prototype.' + name);
      var len = toLength(o.length);
      callable(predicate);
      var thisArg = arguments.length > 1 ? arguments[1] : undefined;
      for (var n = 0; n < len; n++) {
        var i = fromEnd ? len - 1 - n : n;
        var v = o[i];
        if (predicate.call(thisArg, v, i, o)) return wantIndex ? i : v;
      }
      return wantIndex ? -1 : undefined;
    };
    return fn;
  }
  define(AP, 'find', function find(predicate) { return findImpl.apply(this, arguments); });
  var findImpl = finder('find', false, false);
  define(AP, 'findIndex', function findIndex(predicate) { return findIndexImpl.apply(this, arguments); });
  var findIndexImpl = finder('findIndex', false, true);
  define(AP, 'findLast', function findLast(predicate) { return findLastImpl.apply(this, arguments); });
  var findLastImpl = finder('findLast', true, false);
  define(AP, 'findLastIndex', function findLastIndex(predicate) { return findLastIndexImpl.apply(this, arguments); });
  var findLastIndexImpl = finder('findLastIndex', true, true);
  function flatten(target, source, depth, mapFn, thisArg) {
    var len = toLength(source.length);
    for (var i = 0; i < len; i++) {
      if (!(i in source)) continue;
      var v = mapFn ? mapFn.call(thisArg, source[i], i, source) : source[i];
      if (depth > 0 && Array.isArray(v)) flatten(target, v, depth - 1);
      else target.push(v);
    }
    return target;
  }
  define(AP, 'flat', function flat() {
    var depth = arguments.length > 0 && arguments[0] !== undefined ? toInteger(arguments[0]) : 1;
    return flatten([], toObject(this, 'Array.prototype.flat'), depth);
  });
  define(AP, 'flatMap', function flatMap(callback) {
    var o = toObject(this, 'Array.prototype.flatMap');
    callable(callback);
    return flatten([], o, 1, callback, arguments.length > 1 ? arguments[1] : undefined);
  });
  define(AP, 'at', function at(index) {
    var o = toObject(this, 'Array.prototype.at');
    var len = toLength(o.length);
    var k = toInteger(index);
    if (k < 0) k += len;
    return k < 0 || k >= len ? undefined : o[k];
  });
  define(AP, 'fill', function fill(value) {
    var o = toObject(this, 'Array.prototype.fill');
    var len = toLength(o.length);
    var end = arguments.length > 2 && arguments[2] !== undefined ? relative(arguments[2], len) : len;
    for (var i = relative(arguments.length > 1 ? arguments[1] : 0, len); i < end; i++) o[i] = value;
    return o;
  });
  define(AP, 'copyWithin', function copyWithin(target, start) {
    var o = toObject(this, 'Array.prototype.copyWithin');
    var len = toLength(o.length);
    var to = relative(target, len);
    var from = relative(start, len);
    var end = arguments.length > 2 && arguments[2] !== undefined ? relative(arguments[2], len) : len;
    var count = Math.min(end - from, len - to);
    var copy = AP.slice.call(o, from, from + Math.max(count, 0));
    for (var i = 0; i < copy.length; i++) o[to + i] = copy[i];
    return o;
  });

  // ES2023's copying methods: a new array, the receiver untouched, holes read as undefined.
  function copyOf(o, len) {
    var a = new Array(len);
    for (var i = 0; i < len; i++) a[i] = o[i];
    return a;
  }
  define(AP, 'toReversed', function toReversed() {
    var o = toObject(this, 'Array.prototype.toReversed');
    var len = toLength(o.length);
    var a = new Array(len);
    for (var i = 0; i < len; i++) a[i] = o[len - 1 - i];
    return a;
  });
  define(AP, 'toSorted', function toSorted(comparefn) {
    if (comparefn !== undefined && typeof comparefn !== 'function') {
      throw new TypeError('The comparison function must be either a function or undefined');
    }
    var o = toObject(this, 'Array.prototype.toSorted');
    return AP.sort.call(copyOf(o, toLength(o.length)), comparefn);
  });
  define(AP, 'toSpliced', function toSpliced(start, skipCount) {
    var o = toObject(this, 'Array.prototype.toSpliced');
    var len = toLength(o.length);
    var from = relative(start, len);
    var skip = arguments.length === 0 ? 0 : arguments.length === 1 ? len - from
        : Math.min(Math.max(toInteger(skipCount), 0), len - from);
    var a = [];
    for (var i = 0; i < from; i++) a.push(o[i]);
    for (var j = 2; j < arguments.length; j++) a.push(arguments[j]);
    for (var k = from + skip; k < len; k++) a.push(o[k]);
    return a;
  });
  define(AP, 'with', function (index, value) {
    var o = toObject(this, 'Array.prototype.with');
    var len = toLength(o.length);
    var k = toInteger(index);
    var at = k < 0 ? len + k : k;
    if (at < 0 || at >= len) throw new RangeError('Invalid index : ' + index);
    var a = copyOf(o, len);
    a[at] = value;
    return a;
  });

  // ---------------------------------------------------------------- String
  var SP = String.prototype;
  function notRegExp(x, what) {
    if (x instanceof RegExp) {
      throw new TypeError('First argument to String.prototype.' + what + ' must not be a regular expression');
    }
    return String(x);
  }
  define(SP, 'includes', function includes(search) {
    var s = thisString(this, 'includes');
    return s.indexOf(notRegExp(search, 'includes'), arguments.length > 1 ? arguments[1] : 0) !== -1;
  });
  define(SP, 'startsWith', function startsWith(search) {
    var s = thisString(this, 'startsWith');
    var needle = notRegExp(search, 'startsWith');
    var pos = Math.min(Math.max(toInteger(arguments.length > 1 ? arguments[1] : 0), 0), s.length);
    return s.substr(pos, needle.length) === needle;
  });
  define(SP, 'endsWith', function endsWith(search) {
    var s = thisString(this, 'endsWith');
    var needle = notRegExp(search, 'endsWith');
    var end = arguments.length > 1 && arguments[1] !== undefined ?
        Math.min(Math.max(toInteger(arguments[1]), 0), s.length) : s.length;
    var start = end - needle.length;
    return start >= 0 && s.substring(start, end) === needle;
  });
  // V8's longest string (2^29 - 24 characters): past it V8 throws 'Invalid string length'
  // where building the string would leave Nashorn's heap exhausted (a Java error).
  var MAX_STRING_LENGTH = 536870888;
  function checkLength(length) {
    if (length > MAX_STRING_LENGTH) throw new RangeError('Invalid string length');
  }
  define(SP, 'repeat', function repeat(count) {
    var s = thisString(this, 'repeat');
    var n = toInteger(count);
    if (n < 0 || n === Infinity) throw new RangeError('Invalid count value: ' + String(count));
    if (s.length > 0) checkLength(s.length * n);
    var out = '';
    for (; n > 0; n >>>= 1, s += s) {
      if (n & 1) out += s;
    }
    return out;
  });
  function pad(s, maxLength, filler, atStart) {
    var target = toLength(maxLength);
    var fill = filler === undefined ? ' ' : String(filler);
    if (target <= s.length || fill === '') return s;
    checkLength(target);
    var need = target - s.length;
    var padding = '';
    while (padding.length < need) padding += fill;
    padding = padding.slice(0, need);
    return atStart ? padding + s : s + padding;
  }
  define(SP, 'padStart', function padStart(maxLength) {
    return pad(thisString(this, 'padStart'), maxLength, arguments.length > 1 ? arguments[1] : undefined, true);
  });
  define(SP, 'padEnd', function padEnd(maxLength) {
    return pad(thisString(this, 'padEnd'), maxLength, arguments.length > 1 ? arguments[1] : undefined, false);
  });
  var WS = '[\\s\\uFEFF\\xA0]+';
  var LEADING = new RegExp('^' + WS);
  var TRAILING = new RegExp(WS + '$');
  define(SP, 'trimStart', function trimStart() { return thisString(this, 'trimStart').replace(LEADING, ''); });
  define(SP, 'trimEnd', function trimEnd() { return thisString(this, 'trimEnd').replace(TRAILING, ''); });
  define(SP, 'trimLeft', SP.trimStart);
  define(SP, 'trimRight', SP.trimEnd);
  define(SP, 'replaceAll', function replaceAll(search, replacement) {
    var s = thisString(this, 'replaceAll');
    if (search instanceof RegExp) {
      if (search.flags === undefined ? !search.global : search.flags.indexOf('g') < 0) {
        throw new TypeError('String.prototype.replaceAll called with a non-global RegExp argument');
      }
      return s.replace(search, replacement);
    }
    var needle = String(search);
    var fn = typeof replacement === 'function' ? replacement : null;
    var text = fn === null ? String(replacement) : '';
    var positions = [];
    var step = Math.max(1, needle.length);
    for (var p = s.indexOf(needle, 0); p !== -1; p = s.indexOf(needle, p + step)) {
      positions.push(p);
      if (p + step > s.length) break;
    }
    var out = '';
    var end = 0;
    for (var i = 0; i < positions.length; i++) {
      var at = positions[i];
      var rep = fn !== null ? String(fn(needle, at, s)) : substitute(text, needle, at, s);
      out += s.slice(end, at) + rep;
      end = at + needle.length;
    }
    return out + s.slice(end);
  });
  define(SP, 'matchAll', function matchAll(regexp) {
    var s = thisString(this, 'matchAll');
    var re;
    if (regexp instanceof RegExp) {
      var flags = regexp.flags === undefined
        ? (regexp.global ? 'g' : '') + (regexp.ignoreCase ? 'i' : '') + (regexp.multiline ? 'm' : '')
        : regexp.flags;
      if (flags.indexOf('g') < 0) {
        throw new TypeError('String.prototype.matchAll called with a non-global RegExp argument');
      }
      re = new RegExp(regexp.source, flags);
      re.lastIndex = regexp.lastIndex;
    } else {
      re = new RegExp(regexp === undefined ? '(?:)' : regexp, 'g');
    }
    var done = false;
    var it = {
      next: function next() {
        if (done) return { value: undefined, done: true };
        var m = re.exec(s);
        if (m === null) {
          done = true;
          return { value: undefined, done: true };
        }
        if (m[0] === '') re.lastIndex++;
        return { value: m, done: false };
      }
    };
    it[ITERATOR] = function () { return this; };
    return it;
  });
  function substitute(text, matched, position, str) {  // GetSubstitution without captures
    if (text.indexOf('$') < 0) return text;
    return text.replace(/\$([$&`']|\d\d?)/g, function (all, c) {
      if (c === '$') return '$';
      if (c === '&') return matched;
      if (c === '`') return str.slice(0, position);
      if (c === "'") return str.slice(position + matched.length);
      return all;
    });
  }
  define(SP, 'at', function at(index) {
    var s = thisString(this, 'at');
    var k = toInteger(index);
    if (k < 0) k += s.length;
    return k < 0 || k >= s.length ? undefined : s.charAt(k);
  });
  define(SP, 'codePointAt', function codePointAt(pos) {
    var s = thisString(this, 'codePointAt');
    var i = toInteger(pos);
    if (i < 0 || i >= s.length) return undefined;
    var first = s.charCodeAt(i);
    if (first < 0xD800 || first > 0xDBFF || i + 1 === s.length) return first;
    var second = s.charCodeAt(i + 1);
    return second < 0xDC00 || second > 0xDFFF ? first : (first - 0xD800) * 0x400 + second - 0xDC00 + 0x10000;
  });
  define(String, 'fromCodePoint', function fromCodePoint(_) {
    var out = '';
    for (var i = 0; i < arguments.length; i++) {
      var cp = Number(arguments[i]);
      if (cp !== toInteger(cp) || cp < 0 || cp > 0x10FFFF) throw new RangeError('Invalid code point ' + String(arguments[i]));
      if (cp < 0x10000) {
        out += String.fromCharCode(cp);
      } else {
        cp -= 0x10000;
        out += String.fromCharCode((cp >> 10) + 0xD800, (cp % 0x400) + 0xDC00);
      }
    }
    return out;
  });
  define(String, 'raw', function raw(strings) {
    var r = toObject(toObject(strings, 'String.raw').raw, 'String.raw');
    var len = toLength(r.length);
    var out = '';
    for (var i = 0; i < len; i++) {
      out += String(r[i]);
      if (i + 1 < len && i + 1 < arguments.length) out += String(arguments[i + 1]);
    }
    return out;
  });

  // ---------------------------------------------------------------- Number, Math
  constant(Number, 'EPSILON', Math.pow(2, -52));
  constant(Number, 'MAX_SAFE_INTEGER', 9007199254740991);
  constant(Number, 'MIN_SAFE_INTEGER', -9007199254740991);
  define(Number, 'isFinite', function isFinite(x) { return typeof x === 'number' && global.isFinite(x); });
  define(Number, 'isNaN', function isNaN(x) { return typeof x === 'number' && x !== x; });
  define(Number, 'isInteger', function isInteger(x) {
    return typeof x === 'number' && global.isFinite(x) && Math.floor(x) === x;
  });
  define(Number, 'isSafeInteger', function isSafeInteger(x) {
    return Number.isInteger(x) && Math.abs(x) <= 9007199254740991;
  });
  define(Number, 'parseFloat', global.parseFloat);
  define(Number, 'parseInt', global.parseInt);
  define(Math, 'trunc', function trunc(x) {
    var n = Number(x);
    return n !== n || n === Infinity || n === -Infinity ? n : n < 0 ? Math.ceil(n) : Math.floor(n);
  });
  define(Math, 'sign', function sign(x) {
    var n = Number(x);
    return n > 0 ? 1 : n < 0 ? -1 : n;
  });
  define(Math, 'cbrt', function cbrt(x) {
    var n = Number(x);
    var r = Math.pow(Math.abs(n), 1 / 3);
    var rounded = Math.round(r);
    if (Math.abs(rounded * rounded * rounded - Math.abs(n)) === 0) r = rounded;
    return n < 0 ? -r : r;
  });
  define(Math, 'hypot', function hypot(a, b) {
    var sum = 0;
    for (var i = 0; i < arguments.length; i++) {
      var n = Number(arguments[i]);
      if (n === Infinity || n === -Infinity) return Infinity;
      sum += n * n;
    }
    return Math.sqrt(sum);
  });

  // Nashorn's Math.round is floor(x + 0.5): -0.5 gives 0, not -0, and 0.49999999999999994 gives 1.
  redefine(Math, 'round', function round(x) {
    var n = Number(x);
    if (n !== n || n === 0 || n === Infinity || n === -Infinity) return n;
    if (n < 0 && n >= -0.5) return -0;
    var f = Math.floor(n);
    return n - f >= 0.5 ? f + 1 : f;
  });
  // log(x) / LN10 misses exact powers by an ulp (log10(1000) would be 2.9999999999999996).
  function exactLog(n, base, quotient) {
    var k = Math.round(quotient);
    return Math.abs(quotient - k) < 1e-9 && Math.pow(base, k) === n ? k : quotient;
  }
  redefine(Math, 'log10', function log10(x) {
    var n = Number(x);
    return exactLog(n, 10, Math.log(n) / Math.LN10);
  });
  redefine(Math, 'log2', function log2(x) {
    var n = Number(x);
    return exactLog(n, 2, Math.log(n) / Math.LN2);
  });
  define(Math, 'expm1', function expm1(x) {
    var n = Number(x);
    if (n === 0) return n;
    return Math.abs(n) < 1e-5 ? n + n * n / 2 + n * n * n / 6 : Math.exp(n) - 1;
  });
  define(Math, 'log1p', function log1p(x) {
    var n = Number(x);
    if (n === 0) return n;
    return Math.abs(n) < 1e-4 ? n - n * n / 2 + n * n * n / 3 : Math.log(1 + n);
  });
  define(Math, 'sinh', function sinh(x) {
    var n = Number(x);
    return n === 0 ? n : (Math.expm1(n) - Math.expm1(-n)) / 2;
  });
  define(Math, 'cosh', function cosh(x) {
    var n = Number(x);
    return (Math.exp(n) + Math.exp(-n)) / 2;
  });
  define(Math, 'tanh', function tanh(x) {
    var n = Number(x);
    if (n === 0 || n !== n) return n;
    if (n > 22) return 1;
    if (n < -22) return -1;
    var e = Math.expm1(2 * n);
    return e / (e + 2);
  });
  define(Math, 'asinh', function asinh(x) {
    var n = Number(x);
    if (n === 0 || n !== n || n === Infinity || n === -Infinity) return n;
    return n < 0 ? -Math.asinh(-n) : Math.log(n + Math.sqrt(n * n + 1));
  });
  define(Math, 'acosh', function acosh(x) {
    var n = Number(x);
    return Math.log(n + Math.sqrt(n * n - 1));
  });
  define(Math, 'atanh', function atanh(x) {
    var n = Number(x);
    return n === 0 ? n : Math.log((1 + n) / (1 - n)) / 2;
  });
  define(Math, 'clz32', function clz32(x) {
    var n = Number(x) >>> 0;
    if (n === 0) return 32;
    var count = 0;
    while ((n & 0x80000000) === 0) {
      n <<= 1;
      count++;
    }
    return count;
  });
  define(Math, 'imul', function imul(a, b) {
    var x = Number(a) | 0, y = Number(b) | 0;
    var xh = (x >>> 16) & 0xffff, xl = x & 0xffff;
    return (xl * y + (((xh * y) & 0xffff) << 16)) | 0;
  });
  var float32 = null;
  define(Math, 'fround', function fround(x) {
    if (float32 === null) float32 = new Float32Array(1);
    float32[0] = Number(x);
    return float32[0];
  });

  // ---------------------------------------------------------------- structuredClone
  define(global, 'structuredClone', function structuredClone(value) {
    var seen = new Map();
    function clone(v) {
      if (v === null || typeof v !== 'object') {
        if (typeof v === 'function' || typeof v === 'symbol') {
          throw dataCloneError(v);
        }
        return v;
      }
      if (seen.has(v)) return seen.get(v);
      var out;
      if (v instanceof Date) {
        out = new Date(v.getTime());
      } else if (v instanceof RegExp) {
        out = new RegExp(v.source, v.flags);
      } else if (v instanceof Map) {
        out = new Map();
        seen.set(v, out);
        v.forEach(function (val, key) { out.set(clone(key), clone(val)); });
        return out;
      } else if (v instanceof Set) {
        out = new Set();
        seen.set(v, out);
        v.forEach(function (val) { out.add(clone(val)); });
        return out;
      } else if (Array.isArray(v)) {
        out = [];
      } else if (v instanceof Error) {
        out = new (global[v.name] || Error)(v.message);
      } else {
        out = {};
      }
      seen.set(v, out);
      var keys = Object.keys(v);
      for (var i = 0; i < keys.length; i++) out[keys[i]] = clone(v[keys[i]]);
      return out;
    }
    return clone(value);
  });
  function dataCloneError(v) {
    var e = new Error(String(v) + ' could not be cloned.');
    e.name = 'DataCloneError';
    return e;
  }

  // ---------------------------------------------------------------- Reflect
  // ES2015's Reflect over Nashorn's Object functions. Each requires an object target, as V8's
  // do; the ones that report success return a boolean instead of throwing.
  if (typeof global.Reflect === 'undefined') {
    var Reflect = {};
    var target = function (o, what) {
      if (o === null || (typeof o !== 'object' && typeof o !== 'function')) {
        throw new TypeError('Reflect.' + what + ' called on non-object');
      }
      return o;
    };
    var succeeded = function (action) {
      try {
        action();
        return true;
      } catch (e) {
        if (e instanceof TypeError) return false;
        throw e;
      }
    };
    define(Reflect, 'apply', function apply(fn, thisArg, args) {
      callable(fn);
      if (args === null || (typeof args !== 'object' && typeof args !== 'function')) {
        throw new TypeError('CreateListFromArrayLike called on non-object');
      }
      return Function.prototype.apply.call(fn, thisArg, args);
    });
    define(Reflect, 'construct', function construct(ctor, args, newTarget) {
      if (!isConstructor(ctor)) throw new TypeError(String(ctor) + ' is not a constructor');
      if (args === null || (typeof args !== 'object' && typeof args !== 'function')) {
        throw new TypeError('CreateListFromArrayLike called on non-object');
      }
      var Bound = Function.prototype.bind.apply(ctor, [null].concat(Array.prototype.slice.call(args)));
      var out = new Bound();
      if (newTarget !== undefined && newTarget !== ctor) {
        if (!isConstructor(newTarget)) throw new TypeError(String(newTarget) + ' is not a constructor');
        var proto = newTarget.prototype;
        if (proto !== null && (typeof proto === 'object' || typeof proto === 'function')) Object.setPrototypeOf(out, proto);
      }
      return out;
    });
    define(Reflect, 'defineProperty', function defineProperty(o, key, attributes) {
      target(o, 'defineProperty');
      return succeeded(function () { Object.defineProperty(o, key, attributes); });
    });
    define(Reflect, 'deleteProperty', function deleteProperty(o, key) {
      target(o, 'deleteProperty');
      var d = Object.getOwnPropertyDescriptor(o, key);
      if (d !== undefined && !d.configurable) return false;
      return delete o[key];
    });
    define(Reflect, 'get', function get(o, key, receiver) {
      target(o, 'get');
      if (arguments.length < 3 || receiver === o) return o[key];
      for (var cur = o; cur !== null; cur = Object.getPrototypeOf(cur)) {
        var d = Object.getOwnPropertyDescriptor(cur, key);
        if (d !== undefined) return 'value' in d ? d.value : d.get === undefined ? undefined : d.get.call(receiver);
      }
      return undefined;
    });
    define(Reflect, 'set', function set(o, key, value, receiver) {
      target(o, 'set');
      if (arguments.length >= 4 && receiver !== o) {
        for (var cur = o; cur !== null; cur = Object.getPrototypeOf(cur)) {
          var d = Object.getOwnPropertyDescriptor(cur, key);
          if (d !== undefined && !('value' in d)) {
            if (d.set === undefined) return false;
            d.set.call(receiver, value);
            return true;
          }
          if (d !== undefined) break;
        }
        return succeeded(function () { receiver[key] = value; });
      }
      var own = Object.getOwnPropertyDescriptor(o, key);
      if (own !== undefined && 'value' in own && !own.writable) return false;
      if (own === undefined && !Object.isExtensible(o)) return false;
      return succeeded(function () { o[key] = value; });
    });
    define(Reflect, 'getOwnPropertyDescriptor', function getOwnPropertyDescriptor(o, key) {
      return Object.getOwnPropertyDescriptor(target(o, 'getOwnPropertyDescriptor'), key);
    });
    define(Reflect, 'getPrototypeOf', function getPrototypeOf(o) {
      return Object.getPrototypeOf(target(o, 'getPrototypeOf'));
    });
    define(Reflect, 'setPrototypeOf', function setPrototypeOf(o, proto) {
      target(o, 'setPrototypeOf');
      if (proto !== null && typeof proto !== 'object' && typeof proto !== 'function') {
        throw new TypeError('Object prototype may only be an Object or null: ' + String(proto));
      }
      return succeeded(function () { Object.setPrototypeOf(o, proto); });
    });
    define(Reflect, 'has', function has(o, key) {
      return key in target(o, 'has');
    });
    define(Reflect, 'isExtensible', function isExtensible(o) {
      return Object.isExtensible(target(o, 'isExtensible'));
    });
    define(Reflect, 'preventExtensions', function preventExtensions(o) {
      Object.preventExtensions(target(o, 'preventExtensions'));
      return true;
    });
    define(Reflect, 'ownKeys', function ownKeys(o) {
      target(o, 'ownKeys');
      return Object.getOwnPropertyNames(o).concat(Object.getOwnPropertySymbols(o));
    });
    Object.defineProperty(global, 'Reflect', { value: Reflect, writable: true, configurable: true, enumerable: false });
  }

  // ---------------------------------------------------------------- RegExp
  // ES2015's flags accessor, which Nashorn lacks: the flag letters in V8's order (of those
  // Nashorn knows; 'y', 's', 'u' and 'd' are not its).
  if (!Object.prototype.hasOwnProperty.call(RegExp.prototype, 'flags')) {
    Object.defineProperty(RegExp.prototype, 'flags', {
      configurable: true, enumerable: false,
      get: function flags() {
        if (this === null || (typeof this !== 'object' && typeof this !== 'function')) {
          throw new TypeError('RegExp.prototype.flags getter called on non-object ' + String(this));
        }
        return (this.global ? 'g' : '') + (this.ignoreCase ? 'i' : '') + (this.multiline ? 'm' : '') +
          (this.dotAll ? 's' : '') + (this.unicode ? 'u' : '') + (this.sticky ? 'y' : '');
      }
    });
  }

  // ---------------------------------------------------------------- typed arrays
  // Nashorn's typed arrays have set and subarray and nothing else: V8 keeps the rest on the
  // shared %TypedArray%.prototype, which Nashorn lacks, so each kind gets its own copy here.
  // Array's generic methods read any array-like; the ones that make a new array make one of
  // the receiver's kind, and sort compares numbers (NaN last, -0 before 0), not strings.
  function installTypedArray(C) {
    var P = C.prototype;
    ['join', 'indexOf', 'lastIndexOf', 'every', 'some', 'forEach', 'reduce', 'reduceRight',
      'keys', 'values', 'entries', 'reverse', 'toLocaleString', 'toString'].forEach(function (name) {
      if (typeof AP[name] === 'function' && !Object.prototype.hasOwnProperty.call(P, name)) {
        Object.defineProperty(P, name, { value: AP[name], writable: true, configurable: true, enumerable: false });
      }
    });
    ['includes', 'find', 'findIndex', 'findLast', 'findLastIndex', 'at', 'fill', 'copyWithin'].forEach(function (name) {
      define(P, name, AP[name]);
    });
    function fromArray(list) {
      return new C(list);
    }
    define(P, 'map', function map(callback) {
      callable(callback);
      var thisArg = arguments.length > 1 ? arguments[1] : undefined;
      var out = new C(this.length);
      for (var i = 0; i < this.length; i++) out[i] = callback.call(thisArg, this[i], i, this);
      return out;
    });
    define(P, 'filter', function filter(callback) {
      callable(callback);
      var thisArg = arguments.length > 1 ? arguments[1] : undefined;
      var kept = [];
      for (var i = 0; i < this.length; i++) {
        if (callback.call(thisArg, this[i], i, this)) kept.push(this[i]);
      }
      return fromArray(kept);
    });
    define(P, 'slice', function slice(start, end) {
      return fromArray(AP.slice.call(this, start, end));
    });
    function sorted(o, comparefn) {
      if (comparefn !== undefined && typeof comparefn !== 'function') {
        throw new TypeError('The comparison function must be either a function or undefined');
      }
      return AP.sort.call(AP.slice.call(o), comparefn === undefined ? compareNumbers : comparefn);
    }
    define(P, 'sort', function sort(comparefn) {
      var copy = sorted(this, comparefn);
      for (var i = 0; i < copy.length; i++) this[i] = copy[i];
      return this;
    });
    define(P, 'toSorted', function toSorted(comparefn) {
      return fromArray(sorted(this, comparefn));
    });
    define(P, 'toReversed', function toReversed() {
      return fromArray(AP.slice.call(this).reverse());
    });
    define(P, ITERATOR, P.values);
    define(C, 'from', function from(items) {
      var mapFn = arguments.length > 1 ? arguments[1] : undefined;
      return fromArray(Array.from(items, mapFn, arguments.length > 2 ? arguments[2] : undefined));
    });
    define(C, 'of', function of() {
      return fromArray(AP.slice.call(arguments));
    });
  }
  function compareNumbers(a, b) {
    if (a !== a) return b !== b ? 0 : 1;
    if (b !== b) return -1;
    if (a < b) return -1;
    if (a > b) return 1;
    if (a === 0 && b === 0) return 1 / a < 0 ? (1 / b < 0 ? 0 : -1) : (1 / b < 0 ? 1 : 0);
    return 0;
  }
  ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
    'Uint32Array', 'Float32Array', 'Float64Array'].forEach(function (name) {
    if (typeof global[name] === 'function') installTypedArray(global[name]);
  });

  // ---------------------------------------------------------------- what looplab cannot do
  function unsupported(name) {
    var fn = function () {
      throw new TypeError('looplab does not support ' + name + ' (Nashorn has no way to provide it)');
    };
    define(global, name, fn);
  }
  if (typeof global.BigInt === 'undefined') unsupported('BigInt');
  if (typeof global.Proxy === 'undefined') unsupported('Proxy');
  if (typeof global.WeakRef === 'undefined') unsupported('WeakRef');
  if (typeof global.FinalizationRegistry === 'undefined') unsupported('FinalizationRegistry');
})
