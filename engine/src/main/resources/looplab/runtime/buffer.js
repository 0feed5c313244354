// Buffer (Node's lib/buffer.js), enough for fs and crypto: a Uint8Array with Buffer.prototype,
// encodings converted by the host (bytes travel to Java as Latin-1 strings, one char per byte).
(function (host, errors) {
  'use strict';
  var encodings = {
    utf8: 'utf8', 'utf-8': 'utf8', hex: 'hex', base64: 'base64', base64url: 'base64url',
    latin1: 'latin1', binary: 'latin1', ascii: 'ascii', ucs2: 'utf16le', 'ucs-2': 'utf16le',
    utf16le: 'utf16le', 'utf-16le': 'utf16le'
  };

  function normalizeEncoding(enc) {
    if (enc === undefined || enc === null) {
      return 'utf8';
    }
    var e = encodings[String(enc).toLowerCase()];
    if (e === undefined) {
      throw errors.withCode(new TypeError('Unknown encoding: ' + enc), 'ERR_UNKNOWN_ENCODING');
    }
    return e;
  }

  function Buffer(arg, encodingOrOffset, length) {
    return Buffer.from(arg, encodingOrOffset, length);
  }
  Buffer.prototype = Object.create(Uint8Array.prototype);
  Object.defineProperty(Buffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });

  function wrap(u8) {
    Object.setPrototypeOf(u8, Buffer.prototype);
    return u8;
  }

  function fromLatin1(s) {
    return wrap(host.latin1Bytes(s));
  }

  function toLatin1(u8, start, end) {
    var parts = [];
    for (var i = start; i < end; i += 4096) {
      var stop = Math.min(end, i + 4096);
      var chunk = [];
      for (var j = i; j < stop; j++) {
        chunk.push(u8[j]);
      }
      parts.push(String.fromCharCode.apply(null, chunk));
    }
    return parts.join('');
  }

  Buffer.from = function from(value, encodingOrOffset, length) {
    if (typeof value === 'string') {
      var enc = normalizeEncoding(encodingOrOffset);
      return fromLatin1(enc === 'latin1' ? value : host.transcode(value, enc, 'latin1'));
    }
    if (value instanceof ArrayBuffer) {
      var off = encodingOrOffset === undefined ? 0 : encodingOrOffset;
      return wrap(new Uint8Array(value, off, length === undefined ? value.byteLength - off : length));
    }
    if (value !== null && typeof value === 'object' && typeof value.length === 'number') {
      var u8 = new Uint8Array(value.length);
      for (var i = 0; i < value.length; i++) {
        u8[i] = value[i] & 255;
      }
      return wrap(u8);
    }
    if (value !== null && typeof value === 'object' && value.type === 'Buffer' && Array.isArray(value.data)) {
      return Buffer.from(value.data);
    }
    throw errors.invalidArgType('first argument',
      'string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object', value);
  };
  Buffer.alloc = function alloc(size, fill, encoding) {
    checkSize(size);
    var b = wrap(new Uint8Array(size));
    if (fill !== undefined && fill !== 0) {
      b.fill(fill, 0, size, encoding);
    }
    return b;
  };
  Buffer.allocUnsafe = function allocUnsafe(size) {
    checkSize(size);
    return wrap(new Uint8Array(size));
  };
  Buffer.allocUnsafeSlow = Buffer.allocUnsafe;
  Buffer.isBuffer = function isBuffer(b) {
    return b instanceof Buffer;
  };
  Buffer.isEncoding = function isEncoding(enc) {
    return typeof enc === 'string' && encodings.hasOwnProperty(enc.toLowerCase());
  };
  Buffer.byteLength = function byteLength(value, encoding) {
    if (typeof value !== 'string') {
      return value.byteLength === undefined ? value.length : value.byteLength;
    }
    var enc = normalizeEncoding(encoding);
    return enc === 'latin1' || enc === 'ascii' ? value.length : host.transcode(value, enc, 'latin1').length;
  };
  Buffer.concat = function concat(list, totalLength) {
    var total = 0;
    var i;
    for (i = 0; i < list.length; i++) {
      total += list[i].length;
    }
    if (totalLength !== undefined) {
      total = totalLength;
    }
    var out = Buffer.alloc(total);
    var pos = 0;
    for (i = 0; i < list.length && pos < total; i++) {
      for (var j = 0; j < list[i].length && pos < total; j++) {
        out[pos++] = list[i][j];
      }
    }
    return out;
  };
  Buffer.compare = function compare(a, b) {
    return a.compare(b);
  };
  Buffer.poolSize = 8192;

  function checkSize(size) {
    if (typeof size !== 'number') {
      throw errors.invalidArgType('size', 'number', size);
    }
    if (!(size >= 0 && size <= 4294967296)) {
      throw errors.outOfRange('size', '>= 0 && <= 4294967296', size);
    }
  }

  var proto = Buffer.prototype;
  proto.toString = function toString(encoding, start, end) {
    start = start === undefined ? 0 : Math.max(0, start | 0);
    end = end === undefined ? this.length : Math.min(this.length, end | 0);
    if (end <= start) {
      return '';
    }
    var enc = normalizeEncoding(encoding);
    var bytes = toLatin1(this, start, end);
    return enc === 'latin1' ? bytes : host.transcode(bytes, 'latin1', enc);
  };
  proto.toJSON = function toJSON() {
    var data = [];
    for (var i = 0; i < this.length; i++) {
      data.push(this[i]);
    }
    return { type: 'Buffer', data: data };
  };
  proto.equals = function equals(other) {
    return this.compare(other) === 0;
  };
  proto.compare = function compare(other) {
    var n = Math.min(this.length, other.length);
    for (var i = 0; i < n; i++) {
      if (this[i] !== other[i]) {
        return this[i] < other[i] ? -1 : 1;
      }
    }
    return this.length === other.length ? 0 : (this.length < other.length ? -1 : 1);
  };
  proto.slice = proto.subarray = function subarray(start, end) {
    var len = this.length;
    start = start === undefined ? 0 : (start < 0 ? Math.max(0, len + start) : Math.min(len, start));
    end = end === undefined ? len : (end < 0 ? Math.max(0, len + end) : Math.min(len, end));
    return wrap(new Uint8Array(this.buffer, this.byteOffset + start, Math.max(0, end - start)));
  };
  proto.write = function write(string, offset, length, encoding) {
    if (typeof offset === 'string') {
      encoding = offset;
      offset = 0;
    }
    offset = offset === undefined ? 0 : offset;
    var src = Buffer.from(string, encoding);
    var n = Math.min(src.length, this.length - offset, length === undefined ? Infinity : length);
    for (var i = 0; i < n; i++) {
      this[offset + i] = src[i];
    }
    return n;
  };
  proto.fill = function fill(value, start, end, encoding) {
    start = start === undefined ? 0 : start;
    end = end === undefined ? this.length : end;
    var src = typeof value === 'string' ? Buffer.from(value, encoding) : null;
    for (var i = start, k = 0; i < end; i++, k++) {
      this[i] = src === null ? value & 255 : src[k % src.length];
    }
    return this;
  };
  proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
    targetStart = targetStart || 0;
    sourceStart = sourceStart || 0;
    sourceEnd = sourceEnd === undefined ? this.length : sourceEnd;
    var n = 0;
    for (var i = sourceStart; i < sourceEnd && targetStart + n < target.length; i++, n++) {
      target[targetStart + n] = this[i];
    }
    return n;
  };
  host.loadInternal('bufferints')(errors)(proto);
  proto.inspect = undefined;
  Object.defineProperty(proto, Symbol.for('nodejs.util.inspect.custom'), {
    configurable: true,
    writable: true,
    value: function inspect() {
      var max = 50;
      var parts = [];
      for (var i = 0; i < Math.min(max, this.length); i++) {
        var h = this[i].toString(16);
        parts.push(h.length < 2 ? '0' + h : h);
      }
      var s = parts.join(' ');
      if (this.length > max) {
        s += ' ... ' + (this.length - max) + ' more byte' + (this.length - max > 1 ? 's' : '');
      }
      return '<' + 'Buffer' + (s ? ' ' + s : '') + '>';
    }
  });
  delete proto.inspect;

  return {
    Buffer: Buffer,
    fromLatin1: fromLatin1,
    toLatin1: function (u8) { return toLatin1(u8, 0, u8.length); },
    normalizeEncoding: normalizeEncoding,
    kMaxLength: 4294967296
  };
})
