// TextEncoder and TextDecoder (Node's lib/internal/encoding.js), globals and util's. Bytes
// cross to the host as Latin-1 strings, as Buffer's do; the host's UTF-8 is the Encoding
// Standard's (a U+FFFD per bad subpart, a lone surrogate encoded as U+FFFD).
(function (host, errors, bufferModule) {
  'use strict';

  // Labels Node 20 knows for the encodings looplab decodes. Node 20 decodes 'latin1' and its
  // aliases (named windows-1252) byte for byte, as ISO-8859-1.
  var LABELS = {
    'unicode-1-1-utf-8': 'utf-8', 'unicode11utf8': 'utf-8', 'unicode20utf8': 'utf-8', 'utf8': 'utf-8',
    'utf-8': 'utf-8', 'x-unicode20utf8': 'utf-8',
    'csunicode': 'utf-16le', 'iso-10646-ucs-2': 'utf-16le', 'ucs-2': 'utf-16le', 'unicode': 'utf-16le',
    'unicodefeff': 'utf-16le', 'utf-16': 'utf-16le', 'utf-16le': 'utf-16le',
    'ansi_x3.4-1968': 'windows-1252', 'ascii': 'windows-1252', 'cp1252': 'windows-1252',
    'cp819': 'windows-1252', 'csisolatin1': 'windows-1252', 'ibm819': 'windows-1252',
    'iso-8859-1': 'windows-1252', 'iso-ir-100': 'windows-1252', 'iso8859-1': 'windows-1252',
    'iso88591': 'windows-1252', 'iso_8859-1': 'windows-1252', 'iso_8859-1:1987': 'windows-1252',
    'l1': 'windows-1252', 'latin1': 'windows-1252', 'us-ascii': 'windows-1252',
    'windows-1252': 'windows-1252', 'x-cp1252': 'windows-1252'
  };
  var HOST_ENCODING = { 'utf-8': 'utf8', 'utf-16le': 'utf16le', 'windows-1252': 'latin1' };

  function toLatin1(bytes) {
    return bufferModule().toLatin1(bytes);
  }

  // ------------------------------------------------------------------ TextEncoder

  function TextEncoder() {
    if (!(this instanceof TextEncoder)) {
      throw new TypeError("Class constructor TextEncoder cannot be invoked without 'new'");
    }
  }
  Object.defineProperty(TextEncoder.prototype, 'encoding', {
    configurable: true, enumerable: true, get: function () { return 'utf-8'; }
  });
  define(TextEncoder.prototype, 'encode', function encode(input) {
    var text = input === undefined ? '' : String(input);
    return host.latin1Bytes(host.transcode(text, 'utf8', 'latin1'));
  });
  // Whole characters only: a character whose bytes do not all fit is left out.
  define(TextEncoder.prototype, 'encodeInto', function encodeInto(src, dest) {
    var text = String(src);
    var read = 0;
    var written = 0;
    while (read < text.length) {
      var c = text.charCodeAt(read);
      var units = c >= 0xD800 && c <= 0xDBFF && read + 1 < text.length &&
        text.charCodeAt(read + 1) >= 0xDC00 && text.charCodeAt(read + 1) <= 0xDFFF ? 2 : 1;
      var bytes = host.transcode(text.substr(read, units), 'utf8', 'latin1');
      if (written + bytes.length > dest.length) {
        break;
      }
      for (var i = 0; i < bytes.length; i++) {
        dest[written++] = bytes.charCodeAt(i);
      }
      read += units;
    }
    return { read: read, written: written };
  });
  Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { configurable: true, value: 'TextEncoder' });
  // Node shows an encoder as a plain object of its encoding.
  define(TextEncoder.prototype, Symbol.for('nodejs.util.inspect.custom'), function (depth, options, inspect) {
    return inspect({ encoding: this.encoding }, options);
  });

  // ------------------------------------------------------------------ TextDecoder

  var kState = typeof Symbol === 'function' ? Symbol('state') : '__state';

  function TextDecoder(label, options) {
    if (!(this instanceof TextDecoder)) {
      throw new TypeError("Class constructor TextDecoder cannot be invoked without 'new'");
    }
    var given = label === undefined ? 'utf-8' : String(label);
    var encoding = LABELS[given.trim().toLowerCase()];
    if (encoding === undefined) {
      throw errors.withCode(new RangeError('The "' + given + '" encoding is not supported'),
        'ERR_ENCODING_NOT_SUPPORTED');
    }
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw errors.invalidArgType('options', 'object', options);
    }
    var o = options || {};
    Object.defineProperty(this, kState, {
      value: { encoding: encoding, fatal: !!o.fatal, ignoreBOM: !!o.ignoreBOM, pending: [], started: false }
    });
  }
  ['encoding', 'fatal', 'ignoreBOM'].forEach(function (name) {
    Object.defineProperty(TextDecoder.prototype, name, {
      configurable: true, enumerable: true, get: function () { return this[kState][name]; }
    });
  });

  function bytesOf(input) {
    if (input === undefined) {
      return new Uint8Array(0);
    }
    if (input instanceof ArrayBuffer) {
      return new Uint8Array(input);
    }
    if (input !== null && typeof input === 'object' && input.buffer instanceof ArrayBuffer &&
        typeof input.byteOffset === 'number' && typeof input.byteLength === 'number') {
      return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    }
    // Node's wording here names no received value.
    throw errors.withCode(new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ' +
      'ArrayBuffer or ArrayBufferView.'), 'ERR_INVALID_ARG_TYPE');
  }

  // How many bytes at the end of a UTF-8 chunk start a character the next chunk completes.
  function incompleteTail(bytes) {
    for (var back = 1; back <= Math.min(3, bytes.length); back++) {
      var b = bytes[bytes.length - back];
      if ((b & 0xC0) !== 0x80) {
        var size = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 1;
        return size > back ? back : 0;
      }
    }
    return 0;
  }

  function invalidData(encoding) {
    return errors.withCode(new TypeError('The encoded data was not valid for encoding ' + encoding),
      'ERR_ENCODING_INVALID_ENCODED_DATA');
  }

  define(TextDecoder.prototype, 'decode', function decode(input, options) {
    var state = this[kState];
    var chunk = bytesOf(input);
    var stream = options !== undefined && options !== null && options.stream === true;
    var bytes = [];
    var i;
    for (i = 0; i < state.pending.length; i++) {
      bytes.push(state.pending[i]);
    }
    for (i = 0; i < chunk.length; i++) {
      bytes.push(chunk[i]);
    }
    var keep = 0;
    if (stream) {
      keep = state.encoding === 'utf-8' ? incompleteTail(bytes) : state.encoding === 'utf-16le' ? bytes.length % 2 : 0;
    }
    state.pending = bytes.slice(bytes.length - keep);
    var whole = new Uint8Array(bytes.slice(0, bytes.length - keep));
    var latin1 = toLatin1(whole);
    var text = host.transcode(latin1, 'latin1', HOST_ENCODING[state.encoding]);
    if (state.fatal && state.encoding === 'utf-8' && host.transcode(text, 'utf8', 'latin1') !== latin1) {
      state.pending = [];
      state.started = false;
      throw invalidData(state.encoding);
    }
    if (!state.ignoreBOM && !state.started && text.charCodeAt(0) === 0xFEFF &&
        state.encoding !== 'windows-1252') {
      text = text.slice(1);
    }
    state.started = stream && (state.started || whole.length > 0);
    return text;
  });
  Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { configurable: true, value: 'TextDecoder' });
  define(TextDecoder.prototype, Symbol.for('nodejs.util.inspect.custom'), function (depth, options, inspect) {
    // As Node: the class name, then a plain object of the three settings.
    return 'TextDecoder ' + inspect({ encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM });
  });

  // Class methods: not enumerable.
  function define(target, name, value) {
    Object.defineProperty(target, name, { value: value, writable: true, configurable: true });
  }

  return { TextEncoder: TextEncoder, TextDecoder: TextDecoder };
})
