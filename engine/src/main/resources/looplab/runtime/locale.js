/*
 * looplab: the en-US formatting Node 20 (full ICU) gives toLocaleString and friends, which
 * Nashorn leaves unformatted ("1234567.891", "2024-02-29 13:05:09"). Only what can be done
 * exactly is done: numbers (decimal, percent, a few currencies, fraction digits, grouping)
 * and dates in their default en-US form. Another locale, another option or another Intl
 * service fails with a TypeError that says looplab does not support it, never a plausible
 * but wrong string. Installed when a module names toLocale*String or Intl (Lowering).
 */
(function (global) {
  'use strict';
  function define(obj, name, value) {
    Object.defineProperty(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
  }
  function unsupported(what, why) {
    return new TypeError('looplab does not support ' + what + ' yet' + (why ? ' (' + why + ')' : ''));
  }

  // en-US is what Node uses when no locale is given; 'en' formats the same way.
  function checkLocale(locales, what) {
    var l = Array.isArray(locales) ? locales[0] : locales;
    if (l === undefined || l === 'en-US' || l === 'en') return;
    throw unsupported("the locale '" + String(l) + "'", what + ' formats as en-US only');
  }
  function optionKeys(options) {
    return options === undefined || options === null ? [] : Object.keys(Object(options));
  }

  // ---------------------------------------------------------------- numbers
  var CURRENCIES = { USD: ['$', 2], EUR: ['€', 2], GBP: ['£', 2], JPY: ['¥', 0], INR: ['₹', 2], CAD: ['CA$', 2] };
  var NUMBER_OPTIONS = { style: 1, currency: 1, minimumFractionDigits: 1, maximumFractionDigits: 1,
    minimumIntegerDigits: 1, useGrouping: 1 };

  function digitsOption(options, name, fallback) {
    var v = options[name];
    if (v === undefined) return fallback;
    v = Number(v);
    if (!(v >= 0 && v <= 100) || Math.floor(v) !== v) {
      throw new RangeError(name + ' value is out of range.');
    }
    return v;
  }

  function numberSettings(locales, options, what) {
    checkLocale(locales, what);
    options = options === undefined ? {} : Object(options);
    var keys = optionKeys(options);
    for (var i = 0; i < keys.length; i++) {
      if (!NUMBER_OPTIONS[keys[i]]) throw unsupported("the option '" + keys[i] + "' of " + what);
    }
    var style = options.style === undefined ? 'decimal' : String(options.style);
    var s = { style: style, symbol: '', minInt: digitsOption(options, 'minimumIntegerDigits', 1),
      grouping: options.useGrouping === undefined ? true : !!options.useGrouping };
    var minDefault = 0;
    var maxDefault = 3;
    if (style === 'currency') {
      if (options.currency === undefined) throw new TypeError('Currency code is required with currency style.');
      var c = CURRENCIES[String(options.currency).toUpperCase()];
      if (!c) throw unsupported("the currency '" + String(options.currency) + "' of " + what);
      s.symbol = c[0];
      minDefault = maxDefault = c[1];
    } else if (style === 'percent') {
      maxDefault = 0;
    } else if (style !== 'decimal') {
      throw unsupported("the style '" + style + "' of " + what);
    }
    s.minFrac = digitsOption(options, 'minimumFractionDigits', minDefault);
    s.maxFrac = digitsOption(options, 'maximumFractionDigits', Math.max(s.minFrac, maxDefault));
    if (s.minFrac > s.maxFrac) {
      if (options.maximumFractionDigits !== undefined) throw new RangeError('maximumFractionDigits value is out of range.');
      s.maxFrac = s.minFrac;
    }
    return s;
  }

  // The shortest decimal digits of |x| and where the point goes: ICU rounds the decimal that
  // prints as x (2.0005 -> 2.001), not x's exact binary value (2.000499999...).
  // A percent moves the point (shift 2) rather than multiplying: 0.07 is 7%, not 7.000000000000001%.
  function decimal(abs, shift) {
    var m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(abs));
    var digits = m[1] + (m[2] || '');
    var point = m[1].length + (m[3] ? Number(m[3]) : 0) + shift;
    if (point < 0) {
      digits = new Array(-point + 1).join('0') + digits;
      point = 0;
    }
    while (digits.length < point) digits += '0';
    return { digits: digits, point: point };
  }

  // Rounds half away from zero to maxFrac places, then drops trailing zeros down to minFrac.
  function fixed(abs, shift, minFrac, maxFrac) {
    var d = decimal(abs, shift);
    var keep = d.point + maxFrac;
    var digits = d.digits;
    if (digits.length > keep) {
      var up = digits.charCodeAt(keep) >= 53;  // '5'
      digits = digits.slice(0, keep).split('');
      for (var i = digits.length - 1; up && i >= 0; i--) {
        if (digits[i] === '9') {
          digits[i] = '0';
        } else {
          digits[i] = String.fromCharCode(digits[i].charCodeAt(0) + 1);
          up = false;
        }
      }
      digits = (up ? '1' : '') + digits.join('');
      if (up) d.point++;
    }
    while (digits.length < d.point + maxFrac) digits += '0';
    var int = digits.slice(0, d.point) || '0';
    var frac = digits.slice(d.point);
    while (frac.length > minFrac && frac.charAt(frac.length - 1) === '0') frac = frac.slice(0, -1);
    return { int: int.replace(/^0+(?=\d)/, ''), frac: frac };
  }

  function group(int) {
    var out = '';
    while (int.length > 3) {
      out = ',' + int.slice(-3) + out;
      int = int.slice(0, -3);
    }
    return int + out;
  }

  function formatNumber(x, s) {
    x = Number(x);
    var negative = x < 0 || (x === 0 && 1 / x < 0);
    var body;
    if (x !== x) {
      return 'NaN';
    } else if (x === Infinity || x === -Infinity) {
      body = '∞';
    } else {
      var f = fixed(Math.abs(x), s.style === 'percent' ? 2 : 0, s.minFrac, s.maxFrac);
      var int = f.int;
      while (int.length < s.minInt) int = '0' + int;
      body = (s.grouping ? group(int) : int) + (f.frac ? '.' + f.frac : '');
    }
    if (s.style === 'percent') body += '%';
    return (negative ? '-' : '') + s.symbol + body;
  }

  define(Number.prototype, 'toLocaleString', function toLocaleString() {
    var x = Number.prototype.valueOf.call(this);
    return formatNumber(x, numberSettings(arguments[0], arguments[1], 'Number.prototype.toLocaleString'));
  });

  // ---------------------------------------------------------------- dates
  function two(n) {
    return n < 10 ? '0' + n : String(n);
  }
  function dateSettings(locales, options, what) {
    checkLocale(locales, what);
    var keys = optionKeys(options);
    if (keys.length > 0) throw unsupported("the option '" + keys[0] + "' of " + what);
  }
  function datePart(d) {
    return (d.getMonth() + 1) + '/' + d.getDate() + '/' + d.getFullYear();
  }
  function timePart(d) {
    var h = d.getHours();
    return (h % 12 === 0 ? 12 : h % 12) + ':' + two(d.getMinutes()) + ':' + two(d.getSeconds()) + (h < 12 ? ' AM' : ' PM');
  }
  function dateMethod(name, parts) {
    define(Date.prototype, name, function () {
      var d = this;
      Date.prototype.getTime.call(d);  // a TypeError for a non-Date, as V8 gives
      dateSettings(arguments[0], arguments[1], 'Date.prototype.' + name);
      if (d.getTime() !== d.getTime()) return 'Invalid Date';
      return parts(d);
    });
    Object.defineProperty(Date.prototype[name], 'name', { value: name });
  }
  dateMethod('toLocaleString', function (d) { return datePart(d) + ', ' + timePart(d); });
  dateMethod('toLocaleDateString', datePart);
  dateMethod('toLocaleTimeString', timePart);

  // ---------------------------------------------------------------- Intl
  // NumberFormat and DateTimeFormat in the forms above; the other services say they are missing.
  if (typeof global.Intl === 'undefined') {
    var Intl = {};
    var NumberFormat = function NumberFormat(locales, options) {
      var s = numberSettings(locales, options, 'Intl.NumberFormat');
      var nf = Object.create(NumberFormat.prototype);
      define(nf, 'format', function (x) { return formatNumber(x, s); });
      return nf;
    };
    var DateTimeFormat = function DateTimeFormat(locales, options) {
      dateSettings(locales, options, 'Intl.DateTimeFormat');
      var df = Object.create(DateTimeFormat.prototype);
      define(df, 'format', function (d) {
        d = d === undefined ? new Date() : new Date(Number(d));
        if (d.getTime() !== d.getTime()) throw new RangeError('Invalid time value');
        return datePart(d);
      });
      return df;
    };
    define(Intl, 'NumberFormat', NumberFormat);
    define(Intl, 'DateTimeFormat', DateTimeFormat);
    ['Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Segmenter', 'DisplayNames', 'Locale']
      .forEach(function (name) {
        define(Intl, name, function () { throw unsupported('Intl.' + name); });
      });
    if (Symbol.toStringTag !== undefined) {
      Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', configurable: true });
    }
    define(global, 'Intl', Intl);
  }
})
