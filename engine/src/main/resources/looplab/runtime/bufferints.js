// Buffer's fixed-width number methods (Node's lib/internal/buffer.js): readUInt16BE,
// writeInt32LE, readDoubleLE, readUIntBE(offset, byteLength)... with Node's checks and
// wording. One generic reader and writer serve every width: bytes are weighed by powers of
// two, so 5- and 6-byte integers (past 32 bits) need no special code.
(function (errors) {
  'use strict';

  function outOfBounds() {
    return errors.withCode(new RangeError('Attempt to access memory outside buffer bounds'),
      'ERR_BUFFER_OUT_OF_BOUNDS');
  }

  function validateNumber(value, name) {
    if (typeof value !== 'number') {
      throw errors.invalidArgType(name, 'number', value);
    }
  }

  // Node's boundsError: a fractional offset, a buffer too short for even one value, or an
  // offset past the last place a value fits.
  function boundsError(value, last, type) {
    if (Math.floor(value) !== value) {
      if (type !== undefined) {
        validateNumber(value, type);
      }
      throw errors.outOfRange(type || 'offset', 'an integer', value);
    }
    if (last < 0) {
      throw outOfBounds();
    }
    throw errors.outOfRange(type || 'offset', '>= ' + (type ? 1 : 0) + ' and <= ' + last, value);
  }

  function checkBounds(buf, offset, size) {
    validateNumber(offset, 'offset');
    if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
      boundsError(offset, buf.length - size);
    }
  }

  // Node words the range by bytes: up to 3 bytes the limits themselves, past that powers of two.
  function checkValue(value, size, signed) {
    var bits = size * 8;
    var min = signed ? -Math.pow(2, bits - 1) : 0;
    var max = signed ? Math.pow(2, bits - 1) - 1 : Math.pow(2, bits) - 1;
    if (value > max || value < min) {
      var range;
      if (size > 4) {
        range = signed ? '>= -(2 ** ' + (bits - 1) + ') and < 2 ** ' + (bits - 1) : '>= 0 and < 2 ** ' + bits;
      } else {
        range = '>= ' + min + ' and <= ' + max;
      }
      throw errors.outOfRange('value', range, value);
    }
  }

  function readInt(buf, offset, size, little, signed) {
    checkBounds(buf, offset, size);
    var value = 0;
    for (var i = 0; i < size; i++) {
      value += buf[offset + (little ? i : size - 1 - i)] * Math.pow(2, 8 * i);
    }
    return signed && value >= Math.pow(2, 8 * size - 1) ? value - Math.pow(2, 8 * size) : value;
  }

  // Bytes as Node stores them: the low 32 bits through >>> (ToUint32 wraps negatives and drops
  // fractions), anything higher from floor(value / 2 ** 32).
  function writeInt(buf, value, offset, size, little, signed) {
    value = +value;
    if (size === 1) {
      validateNumber(offset, 'offset');
      checkValue(value, 1, signed);
      if (buf[offset] === undefined) {
        boundsError(offset, buf.length - 1);
      }
    } else {
      checkValue(value, size, signed);
      checkBounds(buf, offset, size);
    }
    var high = Math.floor(value * Math.pow(2, -32));
    for (var i = 0; i < size; i++) {
      var byte = i < 4 ? (value >>> (8 * i)) & 255 : (high >>> (8 * (i - 4))) & 255;
      buf[offset + (little ? i : size - 1 - i)] = byte;
    }
    return offset + size;
  }

  var float32 = new Float32Array(1);
  var float32Bytes = new Uint8Array(float32.buffer);
  var float64 = new Float64Array(1);
  var float64Bytes = new Uint8Array(float64.buffer);
  float32[0] = -1;
  var hostBigEndian = float32Bytes[3] === 0;

  function readFloat(buf, offset, array, bytes, little) {
    checkBounds(buf, offset, bytes.length);
    var n = bytes.length;
    for (var i = 0; i < n; i++) {
      bytes[little !== hostBigEndian ? i : n - 1 - i] = buf[offset + i];
    }
    return array[0];
  }

  function writeFloat(buf, value, offset, array, bytes, little) {
    value = +value;
    checkBounds(buf, offset, bytes.length);
    array[0] = value;
    var n = bytes.length;
    for (var i = 0; i < n; i++) {
      buf[offset + i] = bytes[little !== hostBigEndian ? i : n - 1 - i];
    }
    return offset + n;
  }

  // readUIntLE(offset, byteLength) and friends take 1 to 6 bytes.
  function checkByteLength(byteLength) {
    if (byteLength !== 1 && byteLength !== 2 && byteLength !== 3 && byteLength !== 4 &&
        byteLength !== 5 && byteLength !== 6) {
      if (typeof byteLength !== 'number') {
        throw errors.invalidArgType('byteLength', 'number', byteLength);
      }
      boundsError(byteLength, 6, 'byteLength');
    }
  }

  function define(proto, names, fn) {
    names.forEach(function (name) {
      Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: true });
    });
  }

  function offsetOf(offset) {
    return offset === undefined ? 0 : offset;
  }

  return function install(proto) {
    [[1, ''], [2, '16'], [4, '32']].forEach(function (w) {
      var size = w[0];
      [['LE', true], ['BE', false]].forEach(function (e) {
        var suffix = size === 1 ? '' : e[0];
        var little = e[1];
        if (size === 1 && !little) {
          return;
        }
        define(proto, ['readUInt' + (w[1] || '8') + suffix, 'readUint' + (w[1] || '8') + suffix], function (offset) {
          return readInt(this, offsetOf(offset), size, little, false);
        });
        define(proto, ['readInt' + (w[1] || '8') + suffix], function (offset) {
          return readInt(this, offsetOf(offset), size, little, true);
        });
        define(proto, ['writeUInt' + (w[1] || '8') + suffix, 'writeUint' + (w[1] || '8') + suffix],
          function (value, offset) {
            return writeInt(this, value, offsetOf(offset), size, little, false);
          });
        define(proto, ['writeInt' + (w[1] || '8') + suffix], function (value, offset) {
          return writeInt(this, value, offsetOf(offset), size, little, true);
        });
      });
    });
    [['LE', true], ['BE', false]].forEach(function (e) {
      var little = e[1];
      define(proto, ['readUInt' + e[0], 'readUint' + e[0]], function (offset, byteLength) {
        if (offset === undefined) {
          throw errors.invalidArgType('offset', 'number', offset);
        }
        checkByteLength(byteLength);
        return readInt(this, offset, byteLength, little, false);
      });
      define(proto, ['readInt' + e[0]], function (offset, byteLength) {
        if (offset === undefined) {
          throw errors.invalidArgType('offset', 'number', offset);
        }
        checkByteLength(byteLength);
        return readInt(this, offset, byteLength, little, true);
      });
      define(proto, ['writeUInt' + e[0], 'writeUint' + e[0]], function (value, offset, byteLength) {
        checkByteLength(byteLength);
        return writeInt(this, value, offset, byteLength, little, false);
      });
      define(proto, ['writeInt' + e[0]], function (value, offset, byteLength) {
        checkByteLength(byteLength);
        return writeInt(this, value, offset, byteLength, little, true);
      });
      define(proto, ['readFloat' + e[0]], function (offset) {
        return readFloat(this, offsetOf(offset), float32, float32Bytes, little);
      });
      define(proto, ['readDouble' + e[0]], function (offset) {
        return readFloat(this, offsetOf(offset), float64, float64Bytes, little);
      });
      define(proto, ['writeFloat' + e[0]], function (value, offset) {
        return writeFloat(this, value, offsetOf(offset), float32, float32Bytes, little);
      });
      define(proto, ['writeDouble' + e[0]], function (value, offset) {
        return writeFloat(this, value, offsetOf(offset), float64, float64Bytes, little);
      });
    });
  };
})
